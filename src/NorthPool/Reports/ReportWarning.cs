namespace NorthPool.Reports;

// One line of 八 异常预警: the rule that fired, the task it fired on (none for pool-wide rules) and its figures.
public sealed record ReportWarning(WarningRule Rule, string? TaskId, string? TaskTitle, string? Pool, decimal Value, decimal Limit);

public enum WarningRule
{
    DueSoon,
    Overdue,
    PausedTooLong,
    Untouched,
    PoolBelowMinimum,
    TooFewInFlight,
}
