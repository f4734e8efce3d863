namespace NorthPool.Crm;

// 联系记录: who met which customer when, what about, and what comes next.
public sealed record Visit
{
    public long Id { get; init; }
    public long CustomerId { get; init; }

    // Indexed (newest first per customer): LiteDB's STRING() of a number is JSON, so the key is built here.
    public string CustomerLabel => $"C{CustomerId}";
    public string CustomerName { get; init; } = "";
    public string ById { get; init; } = "";
    public string? ByName { get; init; }
    public DateTimeOffset At { get; init; }
    public VisitKind Kind { get; init; }
    public string Summary { get; init; } = "";
    public string? NextStep { get; init; }
    public DateOnly? NextStepOn { get; init; }

    // The task instances whose quota it counted toward (BD-001-2026W48).
    public List<string> CountedFor { get; init; } = [];
    public string? ActivityId { get; init; }

    public string Label => $"#V{Id}";
}
