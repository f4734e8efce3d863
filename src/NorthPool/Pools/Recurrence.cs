namespace NorthPool.Pools;

// Per template: the last period an instance was opened for, and the next instance number. Opening a period reads
// this one row instead of the template's past instances.
public sealed record Recurrence
{
    public string TemplateId { get; init; } = "";
    public string? LastPeriodKey { get; init; }
    public DateTimeOffset? LastPeriodStart { get; init; }
    public int NextNumber { get; init; } = 1;
}
