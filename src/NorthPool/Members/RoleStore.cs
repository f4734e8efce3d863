using NorthPool.Storage;

namespace NorthPool.Members;

// Who holds which role. Every turn asks, so the grants are kept in memory and reloaded after each change; changes go
// through the single writer with their audit in the grant itself (who gave it, when).
public sealed class RoleStore(NorthPoolDb db, StoreWriter writer)
{
    private volatile IReadOnlyList<RoleGrant>? _grants;

    public IReadOnlyList<RoleGrant> All => _grants ??= Load();

    // Changed by another instance (MemberRowChanges): loaded again when next asked.
    public void Forget() => _grants = null;

    public bool Holds(string memberId, string? aadObjectId, Role role) =>
        All.Any(g => g.Role == role && Matches(g, memberId, aadObjectId));

    public IReadOnlySet<string> PoolsLedBy(string memberId, string? aadObjectId) =>
        All.Where(g => g.Role == Role.PoolLead && g.Pool is not null && Matches(g, memberId, aadObjectId)).Select(g => g.Pool!).ToHashSet();

    public IReadOnlyList<RoleGrant> LeadsOf(string pool) => All.Where(g => g.Role == Role.PoolLead && g.Pool == pool).ToList();

    public IReadOnlyList<RoleGrant> Holders(Role role) => All.Where(g => g.Role == role).ToList();

    // replaceOthers: the grant takes the place of the chat grants of the same role (and pool), e.g. a new chairman.
    public async Task GrantAsync(RoleGrant grant, CancellationToken cancellationToken, bool replaceOthers = false)
    {
        await writer.WriteAsync(() =>
        {
            if (replaceOthers)
                db.Roles.DeleteMany(g => g.Role == grant.Role && g.Pool == grant.Pool && g.Source == "chat");
            return db.Roles.Upsert(grant with { Id = RoleGrant.IdOf(grant.Role, grant.Pool, grant.MemberId) });
        }, cancellationToken);
        _grants = null;
    }

    // Grants from configuration carry only an id; the first time their holder speaks, the name is kept with them so
    // refusals and 角色 can name people. Written only when a name is missing or changed.
    public async Task LearnNameAsync(Member member, CancellationToken cancellationToken)
    {
        var stale = All.Where(g => Matches(g, member.Id, member.AadObjectId) && g.MemberName != member.Name).ToList();
        if (stale.Count == 0 || member.Name == member.Id)
            return;
        await writer.WriteAsync(() =>
        {
            foreach (var grant in stale)
                db.Roles.Upsert(grant with { MemberName = member.Name });
            return stale.Count;
        }, cancellationToken);
        _grants = null;
    }

    // Configuration's grants replace the previous configuration's (keeping the names learned for them); chat grants
    // are kept.
    public async Task SeedAsync(IReadOnlyList<RoleGrant> configured, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(() =>
        {
            var learned = db.Roles.Find(g => g.Source == "config").ToDictionary(g => g.Id, g => g.MemberName);
            db.Roles.DeleteMany(g => g.Source == "config");
            foreach (var grant in configured)
            {
                var id = RoleGrant.IdOf(grant.Role, grant.Pool, grant.MemberId);
                db.Roles.Upsert(grant with { Id = id, Source = "config", MemberName = grant.MemberName ?? learned.GetValueOrDefault(id) });
            }
            return 0;
        }, cancellationToken);
        _grants = null;
    }

    private IReadOnlyList<RoleGrant> Load() => db.Roles.FindAll().ToList();

    private static bool Matches(RoleGrant grant, string memberId, string? aadObjectId) =>
        string.Equals(grant.MemberId, memberId, StringComparison.OrdinalIgnoreCase)
        || (aadObjectId is not null && string.Equals(grant.MemberId, aadObjectId, StringComparison.OrdinalIgnoreCase));
}
