using NorthPool.CardViews;
using NorthPool.Localization;
using NorthPool.Pools;
using NorthPool.Tasks;

namespace NorthPool.AgedStore;

// A year of finished work on the catalog's templates: each periodic template's past periods (已完成, 已取消 by its
// owner, or 期满无人认领), then numbered instances of the continuous and on-demand templates (BD-004#1, CS-002#1 …)
// for the rest. Each comes with the audit rows that closed it and, when someone worked on it, two card posts; the
// recurrences say which period and number come next, so the app's refresh then opens exactly this period's instances.
public sealed class FinishedInstances(Catalog catalog, PeriodCalendar calendar, AgingClock clock)
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/apac/";

    public sealed record History(List<TaskInstance> Tasks, List<AuditEntry> Audit, List<TaskCardPost> CardPosts, List<Recurrence> Recurrences);

    public History Make(int count)
    {
        var history = new History([], [], [], []);
        var periodic = catalog.Templates.Where(t => t.Frequency.Period.IsPeriodic()).ToList();
        var numbered = catalog.Templates.Where(t => !t.Frequency.Period.IsPeriodic()).ToList();

        var slots = new List<(TaskTemplate Template, Period Period)>();
        foreach (var template in periodic)
        {
            var current = calendar.Containing(template.Frequency.Period, clock.Now);
            for (var period = current.Previous(); calendar.StartOf(period) > clock.YearAgo; period = period.Previous())
                slots.Add((template, period));
            var last = current.Previous();
            history.Recurrences.Add(new Recurrence { TemplateId = template.Id, LastPeriodKey = last.Key, LastPeriodStart = calendar.StartOf(last) });
        }
        foreach (var (template, period) in slots.OrderBy(_ => clock.Random.Next()).Take(count))
            Close(history, InstanceFactory.ForPeriod(template, period, calendar, calendar.StartOf(period)), creator: null);

        // The rest over the numbered templates, numbers rising with time across the year.
        var rest = Math.Max(0, count - history.Tasks.Count);
        for (var t = 0; t < numbered.Count; t++)
        {
            var template = numbered[t];
            var share = rest / numbered.Count + (t < rest % numbered.Count ? 1 : 0);
            for (var number = 1; number <= share; number++)
            {
                var created = clock.YearAgo + (AgingClock.Year - TimeSpan.FromDays(2)) * ((number - 0.5) / share);
                var creator = template.Frequency.Period.StartsOnDemand() ? clock.Member() : ((string, string)?)null;
                Close(history, InstanceFactory.Numbered(template, number, created) with { CreatedBy = creator?.Item1 }, creator);
            }
            history.Recurrences.Add(new Recurrence { TemplateId = template.Id, NextNumber = share + 1 });
        }
        return history;
    }

    // creator: who started a numbered on-demand instance with 新建; null for what the pool opened.
    private void Close(History history, TaskInstance task, (string Id, string Name)? creator)
    {
        var periodic = task.PeriodKey is not null;
        var end = periodic ? task.DueAt!.Value : Min(task.CreatedAt.AddDays(clock.Random.Next(1, 15)), clock.Now.AddHours(-1));
        var roll = clock.Random.NextDouble();
        if (periodic && roll < 0.2)
        {
            // Closed by the midnight refresh that opened the next period.
            var expired = task.DueAt!.Value.AddSeconds(1);
            history.Tasks.Add(task with { State = TaskState.Cancelled, StateSince = expired, UpdatedAt = expired, OverdueSince = expired, Version = 2 });
            history.Audit.Add(Entry(task, expired, TaskTrigger.Expire, TaskState.Pooled, TaskState.Cancelled, (InstanceFactory.PoolActorId, null)));
            return;
        }

        var owner = clock.Member();
        var claimed = clock.Between(task.CreatedAt, task.CreatedAt + (end - task.CreatedAt) / 3);
        var closed = clock.Between(claimed, end);
        var done = roll >= 0.3;
        var audit = new List<AuditEntry>();
        if (creator is { } by)
            audit.Add(Entry(task, task.CreatedAt, TaskTrigger.Create, TaskState.Pooled, TaskState.Pooled, by));
        audit.Add(Entry(task, claimed, TaskTrigger.Claim, TaskState.Pooled, TaskState.InProgress, owner));
        audit.Add(Entry(task, clock.Between(claimed, closed), TaskTrigger.Progress, TaskState.InProgress, TaskState.InProgress, owner) with { Progress = 60, Reason = "已拜访3家" });
        audit.Add(done
            ? Entry(task, closed, TaskTrigger.Finish, TaskState.InProgress, TaskState.Done, owner)
            : Entry(task, closed, TaskTrigger.Cancel, TaskState.InProgress, TaskState.Cancelled, owner) with { Reason = "需求变更" });
        history.Audit.AddRange(audit);
        history.Tasks.Add(task with
        {
            State = done ? TaskState.Done : TaskState.Cancelled,
            OwnerId = owner.Id,
            OwnerName = owner.Name,
            Progress = done ? 100 : 60,
            ProgressNote = "已拜访3家",
            Quota = task.Quota is { } quota && done ? quota with { Done = quota.Target } : task.Quota,
            StateSince = closed,
            UpdatedAt = closed,
            Version = 1 + audit.Count,
        });
        foreach (var at in new[] { claimed, closed })
            history.CardPosts.Add(new TaskCardPost
            {
                TaskId = task.Id, ServiceUrl = ServiceUrl, ConversationId = $"a:personal-{owner.Id}", ConversationType = "personal",
                ActivityId = clock.ActivityId(), Language = Language.ZhCn, PostedAt = at,
            });
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private AuditEntry Entry(TaskInstance task, DateTimeOffset at, TaskTrigger trigger, TaskState from, TaskState to, (string Id, string? Name) actor) => new()
    {
        TaskId = task.Id,
        At = at,
        ActorId = actor.Id,
        ActorName = actor.Name,
        Trigger = trigger,
        From = from,
        To = to,
        ActivityId = actor.Id == InstanceFactory.PoolActorId ? null : clock.ActivityId(),
    };
}
