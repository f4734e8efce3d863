using Microsoft.Extensions.Options;
using NorthPool.Pools;

namespace NorthPool.Rhythm;

// Rhythm:QuietFrom–Rhythm:QuietUntil in Reports:TimeZone (22:00–08:00 by default, across midnight).
public sealed class QuietHours(IOptions<RhythmOptions> options, PeriodCalendar calendar)
{
    public bool IsQuiet(DateTimeOffset instant) => IsQuiet(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, calendar.Zone).DateTime), options.Value.QuietStart, options.Value.QuietEnd);

    public static bool IsQuiet(TimeOnly time, TimeOnly from, TimeOnly until) =>
        from == until ? false
        : from < until ? time >= from && time < until
        : time >= from || time < until;
}
