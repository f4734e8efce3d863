using NorthPool.Tasks;

namespace NorthPool.AgedStore;

// The audit rows of the hot tasks (the open instances the claim load drives): `rows` legal moves spread over the year
// before now and over the tasks at random, in time order, each task walking the state machine from 待分配 and back
// to it (the load claims it next). Returns the rows and the tasks with their version and last update moved on.
public sealed class HotHistory(AgingClock clock)
{
    private sealed class Walk(TaskInstance task)
    {
        public TaskInstance Task = task;
        public TaskState State = TaskState.Pooled;
        public (string Id, string Name) Owner;
        public int Tally;
        public int Moves;
    }

    public (List<AuditEntry> Audit, List<TaskInstance> Tasks) Make(IReadOnlyList<TaskInstance> hot, int rows)
    {
        var audit = new List<AuditEntry>(rows + 2 * hot.Count);
        var walks = hot.Select(t => new Walk(t)).ToList();
        var step = (AgingClock.Year - TimeSpan.FromHours(1)) / Math.Max(1, rows);
        for (var i = 0; i < rows; i++)
        {
            var walk = walks[clock.Random.Next(walks.Count)];
            audit.Add(Move(walk, clock.YearAgo + step * i + step * clock.Random.NextDouble() * 0.9));
        }
        // Back to 待分配, so the first claim of the load applies as it does on a fresh store.
        foreach (var walk in walks)
        {
            var at = clock.Now.AddMinutes(-30);
            if (walk.State == TaskState.Paused)
                audit.Add(Entry(walk, at, TaskTrigger.Resume));
            if (walk.State == TaskState.InProgress)
                audit.Add(Entry(walk, at.AddSeconds(1), TaskTrigger.Release));
        }
        var tasks = walks.Select(w => w.Task with { Version = w.Task.Version + w.Moves, UpdatedAt = clock.Now.AddMinutes(-30) }).ToList();
        return (audit, tasks);
    }

    private AuditEntry Move(Walk walk, DateTimeOffset at)
    {
        var roll = clock.Random.NextDouble();
        var trigger = walk.State switch
        {
            TaskState.Pooled => roll < 0.9 ? TaskTrigger.Claim : roll < 0.95 ? TaskTrigger.Prioritise : TaskTrigger.Redate,
            TaskState.InProgress => roll < 0.3 ? TaskTrigger.Progress
                : roll < 0.55 ? (walk.Task.Quota is null ? TaskTrigger.Progress : TaskTrigger.Log)
                : roll < 0.7 ? TaskTrigger.Pause
                : roll < 0.75 ? TaskTrigger.Assign
                : TaskTrigger.Release,
            _ => roll < 0.8 ? TaskTrigger.Resume : TaskTrigger.Progress,
        };
        return Entry(walk, at, trigger);
    }

    private AuditEntry Entry(Walk walk, DateTimeOffset at, TaskTrigger trigger)
    {
        var from = walk.State;
        var to = TaskTransitions.NextState(from, trigger) ?? throw new InvalidOperationException($"{trigger} from {from}");
        var actor = walk.State == TaskState.Pooled ? clock.Member() : walk.Owner;
        var entry = new AuditEntry
        {
            TaskId = walk.Task.Id,
            At = at,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Trigger = trigger,
            From = from,
            To = to,
            ActivityId = clock.ActivityId(),
        };
        switch (trigger)
        {
            case TaskTrigger.Claim:
                walk.Owner = actor;
                break;
            case TaskTrigger.Assign:
                var next = clock.Member();
                entry = entry with { Reason = $"{walk.Owner.Name} → {next.Name}", PreviousOwnerId = walk.Owner.Id };
                walk.Owner = next;
                break;
            case TaskTrigger.Progress:
                entry = entry with { Progress = clock.Random.Next(0, 101), Reason = "已拜访3家" };
                break;
            case TaskTrigger.Log:
                // The tally of a period's quota, restarting as periods do.
                walk.Tally = walk.Tally % walk.Task.Quota!.Target + 1;
                entry = entry with { Units = 1, Tally = walk.Tally, Reason = "广东移动 拜访", Source = clock.Random.NextDouble() < 0.5 ? "chat" : "card" };
                break;
            case TaskTrigger.Pause:
                entry = entry with { Reason = "等待客户反馈" };
                break;
            case TaskTrigger.Prioritise:
                entry = entry with { Reason = $"{walk.Task.Priority} → {walk.Task.Priority}" };
                break;
            case TaskTrigger.Redate:
                entry = entry with { DueAt = walk.Task.DueAt };
                break;
        }
        walk.State = to;
        walk.Moves++;
        return entry;
    }
}
