using NorthPool.Storage;

namespace NorthPool.Reports;

public sealed class ReportRuns(NorthPoolDb db, StoreWriter writer)
{
    public ReportRun? Find(string channelId, DateTimeOffset slot) => db.ReportRuns.FindById(ReportRun.IdFor(channelId, slot));

    public ReportRun? LatestBefore(string channelId, DateTimeOffset slot) =>
        db.ReportRuns.Query().Where(r => r.ChannelId == channelId && r.Slot < slot).OrderByDescending(r => r.Slot).FirstOrDefault();

    public ReportRun? LatestSent(string channelId) =>
        db.ReportRuns.Query().Where(r => r.ChannelId == channelId && r.Status == ReportRunStatus.Sent).OrderByDescending(r => r.Slot).FirstOrDefault();

    // Claims the slot: false when the slot already has a run (sent, or in flight when the bot stopped).
    public Task<bool> TryBeginAsync(ReportRun run, CancellationToken cancellationToken) => writer.WriteAsync(() =>
    {
        if (db.ReportRuns.FindById(run.Id) is { Status: not ReportRunStatus.Failed })
            return false;
        db.ReportRuns.Upsert(run);
        return true;
    }, cancellationToken);

    public Task SaveAsync(ReportRun run, CancellationToken cancellationToken) =>
        writer.WriteAsync(() => db.ReportRuns.Upsert(run), cancellationToken);
}
