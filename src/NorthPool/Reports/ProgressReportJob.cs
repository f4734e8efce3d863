using Quartz;

namespace NorthPool.Reports;

// Fired by Quartz at each slot; the slot is the trigger's scheduled time, so a late firing still reports its slot.
[DisallowConcurrentExecution]
public sealed class ProgressReportJob(ReportDelivery delivery) : IJob
{
    public static readonly JobKey Key = new("progress-report", "reports");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await delivery.DeliverAsync(context.ScheduledFireTimeUtc ?? context.FireTimeUtc, catchUp: false, cancellationToken);
}
