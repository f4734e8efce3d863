using NorthPool.Members;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Members;

// Who an Entra object id is: known at once after the member's turn, on file with the next commit, and written again
// only when something about them changed.
public sealed class MemberAccountStoreTests : IDisposable
{
    private const string ObjectId = "0A0A0A0A-1111-4000-8000-00000000A001";
    private TestStore _store = TestStore.CreateSeeded();

    public void Dispose() => _store.Dispose();

    private MemberAccountStore Accounts() => new(_store.Db, _store.Writer, _store.Time);

    private static Member Zhang(string name = "张伟") => new("29:user-zhang", name) { AadObjectId = ObjectId };

    [Fact]
    public async Task AMemberIsKnownAtOnceAndOnFileAfterTheNextCommit()
    {
        var accounts = Accounts();

        accounts.Learn(Zhang(), "tenant-1");

        Assert.Equal(("29:user-zhang", "张伟", "tenant-1"), (accounts.FindByObjectId(ObjectId.ToLowerInvariant())!.MemberId, accounts.FindByObjectId(ObjectId)!.Name, accounts.FindByObjectId(ObjectId)!.TenantId));
        Assert.Null(_store.Db.Accounts.FindById(ObjectId.ToLowerInvariant()));
        await _store.Writer.WriteAsync(() => 0, CancellationToken.None);
        _store = _store.Reopen();
        Assert.Equal("29:user-zhang", Accounts().FindByObjectId(ObjectId)!.MemberId);
    }

    [Fact]
    public async Task ATurnFromAKnownMemberWritesNothingAndANewNameIsKept()
    {
        var accounts = Accounts();
        accounts.Learn(Zhang(), "tenant-1");
        await _store.Writer.WriteAsync(() => 0, CancellationToken.None);
        var seenAt = _store.Db.Accounts.FindById(ObjectId.ToLowerInvariant())!.SeenAt;

        _store.Time.Advance(TimeSpan.FromHours(1));
        accounts.Learn(Zhang(), null);
        await _store.Writer.WriteAsync(() => 0, CancellationToken.None);
        Assert.Equal(seenAt, _store.Db.Accounts.FindById(ObjectId.ToLowerInvariant())!.SeenAt);

        accounts.Learn(Zhang("张伟（北京）"), null);
        await _store.Writer.WriteAsync(() => 0, CancellationToken.None);
        var renamed = _store.Db.Accounts.FindById(ObjectId.ToLowerInvariant())!;
        Assert.Equal(("张伟（北京）", "tenant-1"), (renamed.Name, renamed.TenantId));
    }

    [Fact]
    public async Task AMemberWithoutAnObjectIdIsNotRemembered()
    {
        var accounts = Accounts();

        accounts.Learn(new Member("29:user-li", "李娜"), "tenant-1");
        accounts.Learn(Zhang(), "tenant-1");
        await _store.Writer.WriteAsync(() => 0, CancellationToken.None);

        Assert.Equal(["29:user-zhang"], _store.Db.Accounts.FindAll().Select(a => a.MemberId));
    }
}
