using NorthPool.Members;
using NorthPool.Pools;
using NorthPool.Tasks;

namespace NorthPool.Rhythm;

// At a template's time of day (plan §12.3, e.g. OP-001 at 07:00): the owner of each open instance is reminded, or
// the pool's leads while nobody has claimed it; once per instance, recipient and day.
public sealed class ReminderRun(
    Catalog catalog,
    TaskStore tasks,
    PeriodCalendar calendar,
    RoleStore roles,
    RhythmDelivery delivery,
    TimeProvider timeProvider)
{
    public async Task<int> RunAsync(TimeOnly time, CancellationToken cancellationToken)
    {
        var today = calendar.Today(timeProvider.GetUtcNow());
        var notices = catalog.Templates.Where(t => t.TimeOfDay == time)
            .SelectMany(template => tasks.OpenOf(template.Id))
            .SelectMany(task => AlertRules.ReminderRecipients(task, LeadIdsOf).Select(r => new RhythmNotice(RhythmKind.Reminder, task, r, today, time)))
            .ToList();
        var sent = 0;
        foreach (var group in notices.GroupBy(n => n.Recipient, StringComparer.Ordinal))
            sent += await delivery.DeliverAsync(group.Key, group.ToList(), cancellationToken);
        return sent;
    }

    private IReadOnlyList<string> LeadIdsOf(string pool) => roles.LeadsOf(pool).Select(g => g.MemberId).ToList();
}
