namespace NorthPool.Reports;

// One line of 八 异常预警: the rule that fired, the task it fired on (none for pool-wide rules) and its figures.
// Since is the instant a task's hours are measured from (its last update, or when it was paused), so the text can
// name the very field the rule measured.
public sealed record ReportWarning(WarningRule Rule, string? TaskId, string? TaskTitle, string? Pool, decimal Value, decimal Limit, DateTimeOffset? Since = null)
{
    // On a task, as opposed to a pool or the whole board (a pool below its minimum, too few in flight).
    public bool IsTaskWarning => TaskId is not null;
}

public enum WarningRule
{
    DueSoon,
    Overdue,
    PausedTooLong,
    Untouched,
    Unclaimed,
    PoolBelowMinimum,
    TooFewInFlight,
}
