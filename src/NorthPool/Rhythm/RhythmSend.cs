namespace NorthPool.Rhythm;

// One message of the day's rhythm to one member: claimed as Sending before the send and settled Sent or Failed after,
// so a restart never sends it twice. Held: kept back by the quiet hours until the first scan after them; Dropped: held,
// but no longer true by then.
public sealed record RhythmSend
{
    public string Id { get; init; } = "";
    public RhythmKind Kind { get; init; }
    public string MemberId { get; init; } = "";
    public string? TaskId { get; init; }
    // The local day a digest or reminder belongs to (yyyyMMdd).
    public string? Day { get; init; }
    public TimeOnly? At { get; init; }
    public RhythmSendStatus Status { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public string? ActivityId { get; init; }
    public string? Error { get; init; }

    public const int MaxAttempts = 3;

    public bool MayBeClaimed => Status == RhythmSendStatus.Held || (Status == RhythmSendStatus.Failed && Attempts < MaxAttempts);
}

public enum RhythmSendStatus
{
    Held,
    Sending,
    Sent,
    Failed,
    Dropped,
}
