using NorthPool.Pools;
using NorthPool.Tasks;

namespace NorthPool.Rhythm;

// The personal alerts true of the open tasks now: due tomorrow, overdue, paused too long (to the owner); unclaimed for
// a working day (to the pool's leads). Pure: the scan decides what was already sent.
public static class AlertRules
{
    public static IReadOnlyList<RhythmNotice> Detect(
        IEnumerable<TaskInstance> open, DateTimeOffset now, PeriodCalendar calendar, RhythmOptions options, Func<string, IReadOnlyList<string>> leadsOf)
    {
        var tomorrow = calendar.Today(now).AddDays(1);
        var notices = new List<RhythmNotice>();
        foreach (var task in open.Where(t => TaskTransitions.IsOpen(t.State)))
        {
            if (task.OwnerId is { } owner)
            {
                if (task.OverdueSince is not null || task.IsOverdue(now))
                    notices.Add(new(RhythmKind.Overdue, task, owner));
                else if (task.DueAt is { } due && calendar.Today(due) == tomorrow)
                    notices.Add(new(RhythmKind.DueTomorrow, task, owner));
                if (task.State == TaskState.Paused && now - task.StateSince >= TimeSpan.FromHours(options.PausedAlertHours))
                    notices.Add(new(RhythmKind.PausedTooLong, task, owner));
            }
            else if (task.State == TaskState.Pooled && now - task.StateSince >= TimeSpan.FromHours(options.UnclaimedAlertHours))
            {
                notices.AddRange(leadsOf(task.Pool).Select(lead => new RhythmNotice(RhythmKind.Unclaimed, task, lead)));
            }
        }
        return notices;
    }

    // Who is reminded of a task at its template's time: its owner, or the pool's leads while nobody has claimed it.
    public static IReadOnlyList<string> ReminderRecipients(TaskInstance task, Func<string, IReadOnlyList<string>> leadsOf) =>
        task.OwnerId is { } owner ? [owner] : task.State == TaskState.Pooled ? leadsOf(task.Pool) : [];
}
