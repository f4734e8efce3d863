using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace NorthPool.Backups;

// How old the newest verified backup is: degraded when there is none yet or it is older than a day and a bit (the
// daily one is late or failing).
public sealed class BackupHealthCheck(BackupMaker maker, IOptions<BackupOptions> options, TimeProvider timeProvider) : IHealthCheck
{
    public static readonly TimeSpan Late = TimeSpan.FromHours(26);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!maker.MakesBackups)
            return Task.FromResult(HealthCheckResult.Degraded("the store is PostgreSQL: NorthPool makes no backups of it yet; back it up with pg_dump"));
        var newest = maker.List().FirstOrDefault();
        if (newest.Path is null)
            return Task.FromResult(HealthCheckResult.Degraded($"no backup yet in {maker.Folder}", data: new Dictionary<string, object> { ["folder"] = maker.Folder }));
        var age = timeProvider.GetUtcNow() - newest.At;
        var data = new Dictionary<string, object> { ["last"] = Path.GetFileName(newest.Path), ["ageHours"] = Math.Round(age.TotalHours, 1) };
        return Task.FromResult(options.Value.At is not null && age > Late
            ? HealthCheckResult.Degraded($"the newest backup is {age.TotalHours:0} hours old", data: data)
            : HealthCheckResult.Healthy(Path.GetFileName(newest.Path), data));
    }
}
