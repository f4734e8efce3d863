using NorthPool.Storage;

namespace NorthPool.Reports;

public sealed class ReportRuns(NorthPoolDb db, StoreWriter writer)
{
    public ReportRun? Find(string channelId, DateTimeOffset slot) => db.ReportRuns.FindById(ReportRun.IdFor(channelId, slot));

    public ReportRun? LatestBefore(string channelId, DateTimeOffset slot) =>
        db.ReportRuns.Query().Where(r => r.ChannelId == channelId && r.Slot < slot).OrderByDescending(r => r.Slot).FirstOrDefault();

    public ReportRun? LatestSent(string channelId) =>
        db.ReportRuns.Query().Where(r => r.ChannelId == channelId && r.Status == ReportRunStatus.Sent).OrderByDescending(r => r.Slot).FirstOrDefault();

    // The slots before this one, since the last one delivered before it, that did not get through: Failed, or left
    // Sending (a crash mid-send, or an instance that claimed the slot and died). Oldest first.
    public IReadOnlyList<UndeliveredSlot> UndeliveredBefore(string channelId, DateTimeOffset slot)
    {
        var lastSent = db.ReportRuns.Query().Where(r => r.ChannelId == channelId && r.Status == ReportRunStatus.Sent && r.Slot < slot)
            .OrderByDescending(r => r.Slot).FirstOrDefault();
        var notSent = db.ReportRuns.Query().Where(r => r.ChannelId == channelId && r.Slot < slot && r.Status != ReportRunStatus.Sent);
        if (lastSent is { Slot: var delivered })
            notSent = notSent.Where(r => r.Slot > delivered);
        return notSent.OrderBy(r => r.Slot).ToList().Select(r => new UndeliveredSlot(r.Slot, Interrupted: r.Status == ReportRunStatus.Sending)).ToList();
    }

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
