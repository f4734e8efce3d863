namespace NorthPool.Reports;

// One (channel, slot): recorded as Sending before the send and as Sent or Failed after, so a restart never sends a
// slot twice and the next report can say the previous one failed.
public sealed record ReportRun
{
    public string Id { get; init; } = "";
    public string ChannelId { get; init; } = "";
    public DateTimeOffset Slot { get; init; }
    public ReportRunStatus Status { get; init; }
    public bool CatchUp { get; init; }
    public string? ActivityId { get; init; }
    public string? Error { get; init; }
    public ReportSnapshot? Snapshot { get; init; }
    public DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }

    public static string IdFor(string channelId, DateTimeOffset slot) => $"{channelId}|{slot.UtcDateTime:yyyy-MM-ddTHH:mm}Z";
}

public enum ReportRunStatus
{
    Sending,
    Sent,
    Failed,
}
