namespace NorthPool.Reports;

// One instruction of the chairman's, and who carries it out: 待落实 → 进行中 (收到) → 已落实.
public sealed record Directive
{
    public long Id { get; init; }
    public string Text { get; init; } = "";
    public string AuthorId { get; init; } = "";
    public string AuthorName { get; init; } = "";
    public DateTimeOffset At { get; init; }
    public List<string> TaskIds { get; init; } = [];
    public string? OwnerId { get; init; }
    public string? OwnerName { get; init; }
    public DirectiveState State { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}

public enum DirectiveState
{
    Pending,
    InProgress,
    Done,
}
