using Quartz;

namespace NorthPool.Pools;

// Fired at every period start (00:00 in Reports:TimeZone) and at the 06:00 morning refresh.
[DisallowConcurrentExecution]
public sealed class PoolRefreshJob(PoolRefresh refresh) : IJob
{
    public static readonly JobKey Key = new("pool-refresh", "pools");

    public const string Cron = "0 0 0,6 ? * *";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await refresh.RunAsync(cancellationToken);
}
