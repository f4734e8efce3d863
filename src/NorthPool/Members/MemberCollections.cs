using LiteDB;
using NorthPool.Storage;

namespace NorthPool.Members;

public static class MemberCollections
{
    public static readonly IReadOnlyList<StoreCollection> All =
    [
        StoreCollection.Of<MemberPreference>("members", e => e.Id(m => m.MemberId, autoId: false)) with { Watched = true },
        StoreCollection.Of<RoleGrant>("roles", e => e.Id(g => g.Id, autoId: false)) with { Watched = true },
        StoreCollection.Of<MemberAccount>("accounts", e => e.Id(a => a.Id, autoId: false)) with { Watched = true },
    ];

    extension(NorthPoolDb db)
    {
        public ILiteCollection<MemberPreference> Members => db.Database.GetCollection<MemberPreference>("members");
        public ILiteCollection<RoleGrant> Roles => db.Database.GetCollection<RoleGrant>("roles");
        public ILiteCollection<MemberAccount> Accounts => db.Database.GetCollection<MemberAccount>("accounts");
    }
}
