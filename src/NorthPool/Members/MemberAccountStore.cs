using System.Collections.Concurrent;
using NorthPool.Storage;

namespace NorthPool.Members;

// Object id → Teams member, written the first time a member speaks (and when their name or id changes), read by the
// board for every tab request, through a small memory so the turn path costs a lookup.
public sealed class MemberAccountStore(NorthPoolDb db, StoreWriter writer, TimeProvider timeProvider)
{
    // Far above any team; past it the memory starts again rather than grow with every id ever seen.
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<string, MemberAccount?> _accounts = new(StringComparer.Ordinal);

    public MemberAccount? FindByObjectId(string objectId)
    {
        var id = objectId.ToLowerInvariant();
        if (_accounts.TryGetValue(id, out var known))
            return known;
        if (_accounts.Count >= MaxRemembered)
            _accounts.Clear();
        return _accounts.GetOrAdd(id, key => db.Accounts.FindById(key));
    }

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
        _accounts[account.Id] = account;
        writer.WriteWithNext(() => db.Accounts.Upsert(account));
    }
}
