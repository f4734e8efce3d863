using NorthPool.Pools;
using NorthPool.Reports;
using Quartz;

namespace NorthPool.Rhythm;

// Every hour on the hour. At the pool refresh's own times (00:00, 06:00) it runs the refresh first (idempotent), so the
// scan always follows a refresh it can see.
[DisallowConcurrentExecution]
public sealed class AlertScanJob(PoolRefresh refresh, AlertScan scan, ReportSchedule schedule) : IJob
{
    public static readonly JobKey Key = new("alert-scan", "rhythm");

    public const string Cron = "0 0 * ? * *";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var fired = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        if (new CronExpression(PoolRefreshJob.Cron, schedule.Zone).IsSatisfiedBy(fired))
            await refresh.RunAsync(cancellationToken);
        await scan.RunAsync(cancellationToken);
    }
}
