using Microsoft.Extensions.Options;
using NorthPool.Reports;

namespace NorthPool.Pools;

// Periods are counted in Reports:TimeZone: a week starts at Monday 00:00 there, a month on the 1st at 00:00.
public sealed class PeriodCalendar
{
    public PeriodCalendar(IOptions<ReportOptions> options)
        : this(TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone))
    {
    }

    public PeriodCalendar(TimeZoneInfo zone) => Zone = zone;

    public TimeZoneInfo Zone { get; }

    public DateOnly Today(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    public Period Containing(Cadence cadence, DateTimeOffset instant) => Period.Containing(cadence, Today(instant));

    public DateTimeOffset StartOf(Period period) => StartOfDay(period.Start);

    // Due at the last second of the period, so the due date shown is the period's last day.
    public DateTimeOffset DueOf(Period period) => StartOfDay(period.End).AddSeconds(-1);

    // The last second of a day: what "due 12-05" means.
    public DateTimeOffset EndOfDay(DateOnly date) => StartOfDay(date.AddDays(1)).AddSeconds(-1);

    // Local midnight as an instant. Where a daylight-saving change skips midnight, the day starts when the clock resumes.
    public DateTimeOffset StartOfDay(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue);
        while (Zone.IsInvalidTime(local))
            local = local.AddMinutes(30);
        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    // The instant a local date and time of day falls on.
    public DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time);
        while (Zone.IsInvalidTime(local))
            local = local.AddMinutes(30);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
