using System.Globalization;

namespace NorthPool.Backups;

// Which copies stay: the newest of each of the last KeepDaily days and of each of the last KeepWeekly ISO weeks
// (days and weeks in the report zone). Everything else may go, but only once a newer copy has been verified.
public static class BackupRetention
{
    public static IReadOnlySet<string> Keep(IEnumerable<(string Name, DateTimeOffset At)> backups, TimeZoneInfo zone, int keepDaily, int keepWeekly)
    {
        var newestFirst = backups.OrderByDescending(b => b.At).ToList();
        DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        var daily = newestFirst.GroupBy(b => Day(b.At)).Take(keepDaily).Select(g => g.First().Name);
        var weekly = newestFirst.GroupBy(b => (ISOWeek.GetYear(Day(b.At).ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(Day(b.At).ToDateTime(TimeOnly.MinValue))))
            .Take(keepWeekly).Select(g => g.First().Name);
        return daily.Concat(weekly).ToHashSet(StringComparer.Ordinal);
    }
}
