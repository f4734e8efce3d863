using Microsoft.Extensions.Options;
using Quartz;

namespace NorthPool.Reports;

// The report slots: Reports:Hours on the hour in Reports:TimeZone. One Quartz cron expression drives the scheduler;
// the same expression answers "which slot was the latest?" for catch-up.
public sealed class ReportSchedule(IOptions<ReportOptions> options)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public string Cron { get; } = $"0 0 {string.Join(',', options.Value.EffectiveHours.Order())} ? * *";

    public CronExpression Expression => new(Cron, Zone);

    public DateTimeOffset? NextAfter(DateTimeOffset instant) => Expression.GetNextValidTimeAfter(instant);

    // The latest slot at or before the instant, looking back at most a day.
    public DateTimeOffset? LatestAtOrBefore(DateTimeOffset instant)
    {
        var expression = Expression;
        DateTimeOffset? latest = null;
        for (var next = expression.GetNextValidTimeAfter(instant.AddDays(-1)); next is { } slot && slot <= instant; next = expression.GetNextValidTimeAfter(slot))
            latest = slot;
        return latest;
    }
}
