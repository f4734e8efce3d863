namespace NorthPool.Reports;

// A figure and its change since the previous report (null when there was none to compare with).
public readonly record struct ReportNumber(decimal Value, decimal? Change)
{
    public static ReportNumber Of(decimal value, decimal? previous) => new(value, previous is null ? null : value - previous);
}
