using Quartz;

namespace NorthPool.Backups;

// The daily backup at Backups:Time in Reports:TimeZone.
[DisallowConcurrentExecution]
public sealed class BackupJob(BackupMaker maker) : IJob
{
    public static readonly JobKey Key = new("daily-backup", "backups");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (maker.MakesBackups)
            await maker.CreateAndReportAsync(cancellationToken);
    }
}
