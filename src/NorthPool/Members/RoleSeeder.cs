using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NorthPool.Reports;
using NorthPool.Storage;

namespace NorthPool.Members;

// Before the server listens: configuration's roles (NorthPool:Admins, Reports:ChairmanIds, Reports:PoolLeads) into
// the store, and the chairman an admin named in the first release (kept as a setting then) as a chat grant.
public sealed class RoleSeeder(RoleStore roles, NorthPoolDb db, IOptions<AdminOptions> app, IOptions<ReportOptions> reports, TimeProvider timeProvider)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var configured = new List<RoleGrant>();
        configured.AddRange(app.Value.Admins.Select(id => new RoleGrant { Role = Role.Admin, MemberId = id, At = now }));
        configured.AddRange(reports.Value.ChairmanIds.Select(id => new RoleGrant { Role = Role.Chairman, MemberId = id, At = now }));
        configured.AddRange(reports.Value.PoolLeads.Select(p => new RoleGrant { Role = Role.PoolLead, Pool = p.Key, MemberId = p.Value, At = now }));
        await roles.SeedAsync(configured, cancellationToken);

        if (db.Settings.FindById("chairman") is { } legacy && !roles.Holds(legacy.Value, null, Role.Chairman))
            await roles.GrantAsync(new RoleGrant { Role = Role.Chairman, MemberId = legacy.Value, At = now, GrantedBy = "first release" }, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
