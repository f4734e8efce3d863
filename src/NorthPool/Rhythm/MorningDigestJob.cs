using NorthPool.Pools;
using Quartz;

namespace NorthPool.Rhythm;

// Rhythm:DigestTime (06:00) in Reports:TimeZone: the morning refresh first (idempotent; PoolRefreshJob fires at the
// same instant), then the digests, then the alert scan on the refreshed pool.
[DisallowConcurrentExecution]
public sealed class MorningDigestJob(PoolRefresh refresh, MorningDigestRun digests, AlertScan scan) : IJob
{
    public static readonly JobKey Key = new("morning-digest", "rhythm");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await refresh.RunAsync(cancellationToken);
        await digests.RunAsync(cancellationToken);
        await scan.RunAsync(cancellationToken);
    }
}
