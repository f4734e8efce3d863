using NorthPool.Pools;
using NorthPool.Tasks;

namespace NorthPool.Rhythm;

// The selection rules of the morning digest (plan §8.1 重点标注). Today's 重点: P0/P1 open tasks due today or tomorrow,
// or overdue. Each list is ordered by priority, then due time, then id.
public static class DigestSelection
{
    public static IReadOnlyList<TaskInstance> KeyTasks(IEnumerable<TaskInstance> open, DateTimeOffset now, PeriodCalendar calendar)
    {
        var today = calendar.Today(now);
        return Ordered(open.Where(t => TaskTransitions.IsOpen(t.State) && t.Priority <= Priority.P1
            && (t.IsOverdue(now) || t.OverdueSince is not null || (t.DueAt is { } due && calendar.Today(due) is var day && day >= today && day <= today.AddDays(1)))));
    }

    public static MorningDigest For(string memberId, IReadOnlyList<TaskInstance> open, IReadOnlyList<TaskInstance> keyTasks, DateTimeOffset now, PeriodCalendar calendar)
    {
        var today = calendar.Today(now);
        var owned = open.Where(t => t.OwnerId == memberId && TaskTransitions.IsOpen(t.State)).ToList();
        var overdue = owned.Where(t => t.IsOverdue(now) || t.OverdueSince is not null).ToList();
        var dueToday = owned.Except(overdue).Where(t => t.DueAt is { } due && calendar.Today(due) == today).ToList();
        var other = owned.Except(overdue).Except(dueToday).ToList();
        return new MorningDigest(
            memberId,
            owned.Select(t => t.OwnerName).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
            today,
            Ordered(overdue),
            Ordered(dueToday),
            Ordered(other),
            keyTasks.Where(t => t.State == TaskState.Pooled && t.OwnerId is null).ToList(),
            keyTasks.Select(t => t.Id).ToHashSet(StringComparer.Ordinal));
    }

    private static List<TaskInstance> Ordered(IEnumerable<TaskInstance> tasks) =>
        tasks.OrderBy(t => t.Priority).ThenBy(t => t.DueAt ?? DateTimeOffset.MaxValue).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
}
