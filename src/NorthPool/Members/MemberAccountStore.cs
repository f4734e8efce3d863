using NorthPool.Storage;

namespace NorthPool.Members;

// Object id → Teams member, written the first time a member speaks (and when their name or id changes), read by the
// board for every tab request, through a small memory so the turn path costs a lookup.
public sealed class MemberAccountStore(NorthPoolDb db, StoreWriter writer, TimeProvider timeProvider)
{
    private readonly RowMemory<MemberAccount?> _accounts = new();

    // Made once: a lambda built at each call would be an allocation on every turn.
    private readonly Func<string, MemberAccount?> _read = id => db.Accounts.FindById(id);

    public MemberAccount? FindByObjectId(string objectId) => _accounts.Get(objectId.ToLowerInvariant(), _read);

    // Changed by another instance (MemberRowChanges): read again when next asked.
    public void Forget(string objectId) => _accounts.Forget(objectId);

    public void ForgetAll() => _accounts.Clear();

    // Costs the turn no commit of its own: the row rides with the next one (StoreWriter.WriteWithNext) and the memory
    // knows the member at once. A crash before that commit only means learning them again at their next turn.
    public void Learn(Member member, string? tenantId)
    {
        if (member.AadObjectId is not { Length: > 0 } objectId)
            return;
        var known = FindByObjectId(objectId);
        if (known is not null && known.MemberId == member.Id && known.Name == member.Name && (tenantId is null || known.TenantId == tenantId))
            return;
        var account = new MemberAccount
        {
            Id = objectId.ToLowerInvariant(), MemberId = member.Id, Name = member.Name,
            TenantId = tenantId ?? known?.TenantId, SeenAt = timeProvider.GetUtcNow(),
        };
        _accounts.Set(account.Id, account);
        writer.WriteWithNext(() => db.Accounts.Upsert(account));
    }
}
