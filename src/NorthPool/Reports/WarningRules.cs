using NorthPool.Pools;
using NorthPool.Tasks;

namespace NorthPool.Reports;

// 八 异常预警: each rule with its threshold from Reports:Warnings; a task may trip more than one.
// Due soon: within DueSoonDays, for instances of month-long or longer periods and tasks with a date of their own.
public static class WarningRules
{
    public static IReadOnlyList<ReportWarning> Evaluate(
        IReadOnlyList<TaskInstance> open, IReadOnlyList<Pool> pools, DateTimeOffset now, TimeZoneInfo zone, WarningOptions options)
    {
        var warnings = new List<ReportWarning>();
        var today = DayOf(now, zone);
        foreach (var task in open.OrderBy(t => t.Priority).ThenBy(t => t.Id, StringComparer.Ordinal))
        {
            if (task.DueAt is { } due)
            {
                var days = DayOf(due, zone).DayNumber - today.DayNumber;
                if (due < now)
                    warnings.Add(For(task, WarningRule.Overdue, Math.Max(1, -days), 0));
                // Daily and weekly instances are always due within days by design; they warn once overdue.
                else if (days <= options.DueSoonDays && task.Cadence is not (Cadence.Day or Cadence.Week))
                    warnings.Add(For(task, WarningRule.DueSoon, days, options.DueSoonDays));
            }
            var hoursInState = HoursSince(task.StateSince, now);
            if (task.State == TaskState.Paused && hoursInState > options.PausedLongerThanHours)
                warnings.Add(For(task, WarningRule.PausedTooLong, hoursInState, options.PausedLongerThanHours, task.StateSince));
            // Any move counts as an update (a progress note too): UpdatedAt is set by every one of them.
            if (task.State == TaskState.Pooled && HoursSince(task.CreatedAt, now) is var unclaimed && unclaimed > options.UnclaimedForHours)
                warnings.Add(For(task, WarningRule.Unclaimed, unclaimed, options.UnclaimedForHours, task.CreatedAt));
            var hoursUntouched = HoursSince(task.UpdatedAt, now);
            if (task.State == TaskState.InProgress && hoursUntouched > options.UntouchedForHours)
                warnings.Add(For(task, WarningRule.Untouched, hoursUntouched, options.UntouchedForHours, task.UpdatedAt));
        }

        foreach (var pool in pools)
        {
            var count = open.Count(t => t.Pool == pool.Code);
            if (count < pool.QuotaMin)
                warnings.Add(new ReportWarning(WarningRule.PoolBelowMinimum, null, null, pool.Code, count, pool.QuotaMin));
        }
        if (open.Count < options.MinInFlight)
            warnings.Add(new ReportWarning(WarningRule.TooFewInFlight, null, null, null, open.Count, options.MinInFlight));
        return warnings;
    }

    public static DateOnly DayOf(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    private static decimal HoursSince(DateTimeOffset since, DateTimeOffset now) => (decimal)Math.Floor((now - since).TotalHours);

    private static ReportWarning For(TaskInstance task, WarningRule rule, decimal value, decimal limit, DateTimeOffset? since = null) =>
        new(rule, task.Id, task.Title, task.Pool, value, limit, since);
}
