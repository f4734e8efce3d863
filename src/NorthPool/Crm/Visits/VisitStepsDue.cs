using NorthPool.Board;
using NorthPool.Pools;
using NorthPool.Storage;

namespace NorthPool.Crm;

// For the kanban's 客户跟进: the tasks whose customer owes them a next step. A customer's latest visit in the last
// Window decides (a later visit replaces the step an earlier one named); if its next step is due today or earlier,
// every task it counted for is waiting on that customer. Read newest first through the visits' time index, at most
// MaxVisits rows, so the cost does not grow with the CRM's age.
public sealed class VisitStepsDue(NorthPoolDb db, PeriodCalendar calendar) : ICustomerStepSource
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(60);
    public const int MaxVisits = 2_000;

    public IReadOnlyDictionary<string, DateOnly> StepsDue(DateTimeOffset now)
    {
        var today = calendar.Today(now);
        var recent = db.Visits.Query()
            .Where("$.At >= @0", (now - Window).UtcDateTime)
            .OrderByDescending(v => v.At)
            .Limit(MaxVisits)
            .ToList();
        var due = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var latest in recent.Where(v => v.At <= now).DistinctBy(v => v.CustomerId))
        {
            if (latest.NextStepOn is not { } day || day > today)
                continue;
            foreach (var taskId in latest.CountedFor)
                due.TryAdd(taskId, day);
        }
        return due;
    }
}
