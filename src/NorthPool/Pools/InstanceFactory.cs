using NorthPool.Tasks;

namespace NorthPool.Pools;

// A new instance of a template, ready to be claimed.
public static class InstanceFactory
{
    public const string PoolActorId = "northpool";

    public static TaskInstance ForPeriod(TaskTemplate template, Period period, PeriodCalendar calendar, DateTimeOffset now) =>
        New(template, now) with
        {
            Id = InstanceNames.PeriodId(template.Id, period),
            Slot = InstanceNames.PeriodSlot(template.Id, period.Key),
            PeriodKey = period.Key,
            DueAt = calendar.DueOf(period),
        };

    public static TaskInstance Numbered(TaskTemplate template, int number, DateTimeOffset now) =>
        New(template, now) with
        {
            Id = InstanceNames.NumberId(template.Id, number),
            Slot = InstanceNames.NumberSlot(template.Id, number),
        };

    private static TaskInstance New(TaskTemplate template, DateTimeOffset now) => new()
    {
        TemplateId = template.Id,
        Pool = template.Pool,
        Title = template.Name,
        Priority = template.Priority,
        Cadence = template.Frequency.Period,
        Quota = template.Frequency.IsQuota ? new QuotaTally { Target = template.Frequency.Count!.Value, Unit = template.Frequency.Unit! } : null,
        CreatedAt = now,
        UpdatedAt = now,
        StateSince = now,
    };
}
