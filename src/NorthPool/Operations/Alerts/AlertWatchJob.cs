using Microsoft.Extensions.Options;
using NorthPool.Storage;
using Quartz;

namespace NorthPool.Operations;

// Every minute: free space on the database's disk and how long writes wait, each raised or cleared.
[DisallowConcurrentExecution]
public sealed class AlertWatchJob(NorthPoolDb db, StoreWriter writer, AlertCenter alerts, IOptionsMonitor<OperationsOptions> options) : IJob
{
    public static readonly JobKey Key = new("alert-watch", "operations");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var config = options.CurrentValue;
        // The disk under a LiteDB file; a PostgreSQL server's disks are its own administrators' to watch.
        if (db.IsFile)
        {
            var folder = Path.GetDirectoryName(db.FilePath)!;
            var freeMegabytes = new DriveInfo(folder).AvailableFreeSpace / (1024 * 1024);
            if (freeMegabytes < config.MinFreeDiskMegabytes)
                await alerts.RaiseAsync(AlertKind.DiskLow, $"{folder}: {freeMegabytes} MB free (< {config.MinFreeDiskMegabytes} MB)", cancellationToken);
            else
                await alerts.ClearAsync(AlertKind.DiskLow, cancellationToken);
        }

        if (config.WriterIsBehind(writer))
            await alerts.RaiseAsync(AlertKind.WriterBehind, $"{writer.Pending} writes waiting; the last one waited {writer.LastWait.TotalMilliseconds:0} ms (limit {config.WriteWaitSeconds} s)", cancellationToken);
        else
            await alerts.ClearAsync(AlertKind.WriterBehind, cancellationToken);
    }
}
