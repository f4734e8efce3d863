using NorthPool.BotFramework.Schema;
using NorthPool.Pools;
using NorthPool.Proactive;
using NorthPool.Storage;
using NorthPool.Tasks;

namespace NorthPool.RefreshBench;

// The store as the pool leaves it on the evening of `lastDay` after three years of use: the catalog seeded as
// CatalogSeeder does, one recurrence row per template (last period opened = the one containing lastDay, next number
// after the highest given), and instances whose ids and slots follow InstanceNames.
//   open:   this period's instance of every periodic template (mixed states, due at the period's end);
//           ~30 % past-period periodic instances still InProgress/Paused (overdue, most already marked);
//           one open instance per continuous template; the rest numbered on-demand/per-project/per-customer work
//           (Pooled/InProgress/Paused; a third without due date, a third overdue, a third due in the next 45 days).
//   closed: past periodic slots not open (Done, or Cancelled by expiry), then numbered history over all
//           non-periodic templates.
//   audit:  claims, progress, logs and finishes on random instances, plus 60 personal conversations.
public sealed class StoreFill(NorthPoolDb db, StoreWriter writer, Catalog catalog, PeriodCalendar calendar, DateOnly lastDay, int seed = 42)
{
    private const int Members = 40;
    private const int HistoryDays = 3 * 365;
    private readonly Random _random = new(seed);
    private readonly DateTimeOffset _evening = calendar.At(lastDay, new TimeOnly(22, 0));

    public sealed record Counts(int Open, int Closed, int Overdue, int OverdueUnmarked, int Audit);

    public async Task<Counts> FillAsync(int openCount, int closedCount, int auditCount, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(() =>
        {
            db.Pools.Upsert(catalog.Pools);
            db.Templates.Upsert(catalog.Templates);
            return new InstanceUpgrade(db, new TaskStore(db, writer, new TaskChangeFeed()), calendar).Upgrade(_evening);
        }, cancellationToken);

        var periodic = catalog.Templates.Where(t => t.Frequency.Period.IsPeriodic()).ToList();
        var continuous = catalog.Templates.Where(t => t.Frequency.Period == Cadence.Continuous).ToList();
        var onDemand = catalog.Templates.Where(t => t.Frequency.Period.StartsOnDemand()).ToList();
        var numbered = continuous.Concat(onDemand).ToList();
        var tasks = new List<TaskInstance>(openCount + closedCount);

        // Periodic: the current period, then past ones back to three years, newest first.
        var pastSlots = new List<(TaskTemplate Template, Period Period)>();
        foreach (var template in periodic)
        {
            var period = calendar.Containing(template.Frequency.Period, _evening);
            if (tasks.Count < openCount)
                tasks.Add(Periodic(template, period, OpenState(pooledShare: 0.4), overdueMarked: false));
            for (period = period.Previous(); period.Start > lastDay.AddDays(-HistoryDays); period = period.Previous())
                pastSlots.Add((template, period));
        }
        var recent = pastSlots.Where(s => s.Period.Start > lastDay.AddDays(-180)).ToList();
        var pastOpenShare = Math.Min(1.0, openCount * 0.3 / Math.Max(1, recent.Count));
        var openPast = recent.Where(_ => _random.NextDouble() < pastOpenShare).Take(Math.Max(0, openCount - tasks.Count)).ToHashSet();
        foreach (var (template, period) in openPast)
            tasks.Add(Periodic(template, period, _random.NextDouble() < 0.75 ? TaskState.InProgress : TaskState.Paused, overdueMarked: _random.NextDouble() < 0.85));

        // Numbered: closed history first (low numbers), then the open ones (high numbers).
        var closedPeriodic = pastSlots.Where(s => !openPast.Contains(s)).Take(Math.Min(closedCount, closedCount / 5 + 1)).ToList();
        var numberedClosed = Math.Max(0, closedCount - closedPeriodic.Count);
        var next = numbered.ToDictionary(t => t.Id, _ => 1);
        for (var i = 0; i < numberedClosed; i++)
            tasks.Add(Numbered(numbered[i % numbered.Count], next, Closed(), created: _evening.AddMinutes(-_random.Next(60 * 24 * 30, HistoryDays * 24 * 60))));
        foreach (var (template, period) in closedPeriodic)
            tasks.Add(ClosedPeriodic(template, period));
        foreach (var template in continuous.Where(_ => tasks.Count(t => TaskTransitions.IsOpen(t.State)) < openCount))
            tasks.Add(Numbered(template, next, OpenState(pooledShare: 0.2), created: _evening.AddDays(-_random.Next(1, 120))));
        for (var open = tasks.Count(t => TaskTransitions.IsOpen(t.State)); open < openCount; open++)
            tasks.Add(Numbered(onDemand[open % onDemand.Count], next, OpenState(pooledShare: 0.25), created: _evening.AddDays(-_random.Next(1, 120))));

        var recurrences = periodic.Select(t => new Recurrence
            {
                TemplateId = t.Id,
                LastPeriodKey = calendar.Containing(t.Frequency.Period, _evening).Key,
                LastPeriodStart = calendar.StartOf(calendar.Containing(t.Frequency.Period, _evening)),
            })
            .Concat(numbered.Select(t => new Recurrence { TemplateId = t.Id, NextNumber = next[t.Id] }))
            .ToList();
        await writer.WriteAsync(() => db.Tasks.InsertBulk(tasks), cancellationToken);
        await writer.WriteAsync(() => db.Recurrences.Upsert(recurrences), cancellationToken);

        var audit = Enumerable.Range(0, auditCount).Select(_ => History(tasks[_random.Next(tasks.Count)])).ToList();
        await writer.WriteAsync(() => db.Audit.InsertBulk(audit), cancellationToken);
        var conversations = Enumerable.Range(0, 60).Select(i => new StoredConversation
        {
            ConversationId = $"a:personal-{i}",
            Reference = new ConversationReference("https://smba.trafficmanager.net/apac/", $"a:personal-{i}", "personal", "tenant", "28:bot", $"29:user-{i}", "zh-CN"),
            ServiceUrlVerified = true,
            UpdatedAt = _evening.AddDays(-i),
        }).ToList();
        await writer.WriteAsync(() => db.Conversations.Upsert(conversations), cancellationToken);

        var overdue = tasks.Where(t => t.IsOverdue(_evening)).ToList();
        return new Counts(tasks.Count(t => TaskTransitions.IsOpen(t.State)), tasks.Count(t => !TaskTransitions.IsOpen(t.State)),
            overdue.Count, overdue.Count(t => t.OverdueSince is null), audit.Count);
    }

    private TaskInstance Periodic(TaskTemplate template, Period period, TaskState state, bool overdueMarked)
    {
        var start = calendar.StartOf(period);
        var created = start.AddMinutes(_random.Next(0, 6 * 60));
        var task = InstanceFactory.ForPeriod(template, period, calendar, created);
        var marked = overdueMarked && task.DueAt < _evening ? task.DueAt!.Value.AddHours(6) : (DateTimeOffset?)null;
        return Owned(task, state, created) with { OverdueSince = marked, Version = marked is null ? task.Version + 2 : task.Version + 3 };
    }

    private TaskInstance ClosedPeriodic(TaskTemplate template, Period period)
    {
        var start = calendar.StartOf(period);
        var task = InstanceFactory.ForPeriod(template, period, calendar, start);
        if (_random.NextDouble() < 0.25)
        {
            // 期满无人认领: expired by the refresh after the period's end.
            var expired = task.DueAt!.Value.AddHours(6);
            return task with { State = TaskState.Cancelled, StateSince = expired, UpdatedAt = expired, OverdueSince = expired, Version = 1 };
        }
        var done = start.AddMinutes(_random.Next(60, (int)Math.Max(120, (task.DueAt!.Value - start).TotalMinutes)));
        return Owned(task, TaskState.Done, start) with { StateSince = done, UpdatedAt = done, Progress = 100 };
    }

    private TaskInstance Numbered(TaskTemplate template, Dictionary<string, int> next, TaskState state, DateTimeOffset created)
    {
        var number = next[template.Id]++;
        var task = InstanceFactory.Numbered(template, number, created) with { CreatedBy = template.Frequency.Period.StartsOnDemand() ? Member(number).Id : null };
        task = Owned(task, state, created);
        if (!TaskTransitions.IsOpen(state))
            return task with { StateSince = created.AddDays(_random.Next(1, 30)), UpdatedAt = created.AddDays(_random.Next(1, 30)) };
        var roll = _random.NextDouble();
        if (roll < 1 / 3.0)
            return task;
        if (roll < 2 / 3.0)
        {
            var due = _evening.AddHours(-_random.Next(1, 60 * 24));
            return task with { DueAt = due, OverdueSince = _random.NextDouble() < 0.85 ? due.AddHours(1) : null };
        }
        return task with { DueAt = calendar.EndOfDay(lastDay.AddDays(_random.Next(0, 46))) };
    }

    // Owner, priority, progress and the moves that brought the instance to its state.
    private TaskInstance Owned(TaskInstance task, TaskState state, DateTimeOffset created)
    {
        var member = Member(_random.Next(Members));
        var since = created.AddMinutes(_random.Next(1, 3 * 24 * 60));
        if (since > _evening)
            since = _evening.AddMinutes(-1);
        var roll = _random.NextDouble();
        var priority = roll < 0.05 ? Priority.P0 : roll < 0.25 ? Priority.P1 : roll < 0.8 ? Priority.P2 : Priority.P3;
        var quota = task.Quota is { } q ? q with { Done = state == TaskState.Done ? q.Target : _random.Next(0, q.Target + 1) } : null;
        return state == TaskState.Pooled
            ? task with { Priority = priority, Quota = quota }
            : task with
            {
                State = state, OwnerId = member.Id, OwnerName = member.Name, Priority = priority, Quota = quota,
                Progress = state == TaskState.Done ? 100 : _random.Next(0, 100), ProgressNote = "本周拜访8家，完成6家",
                StateSince = since, UpdatedAt = since.AddMinutes(_random.Next(0, 600)), Version = 2,
            };
    }

    private AuditEntry History(TaskInstance task)
    {
        var at = task.CreatedAt.AddMinutes(_random.Next(1, 30 * 24 * 60));
        var roll = _random.NextDouble();
        var (trigger, from, to) = roll < 0.3 ? (TaskTrigger.Claim, TaskState.Pooled, TaskState.InProgress)
            : roll < 0.6 ? (TaskTrigger.Progress, TaskState.InProgress, TaskState.InProgress)
            : roll < 0.8 ? (TaskTrigger.Log, TaskState.InProgress, TaskState.InProgress)
            : roll < 0.95 ? (TaskTrigger.Finish, TaskState.InProgress, TaskState.Done)
            : (TaskTrigger.Pause, TaskState.InProgress, TaskState.Paused);
        var member = task.OwnerId is null ? Member(_random.Next(Members)) : (Id: task.OwnerId, Name: task.OwnerName);
        return new AuditEntry
        {
            TaskId = task.Id, At = at < _evening ? at : _evening, ActorId = member.Id!, ActorName = member.Name, Trigger = trigger, From = from, To = to,
            Progress = trigger == TaskTrigger.Progress ? _random.Next(0, 101) : null, Units = trigger == TaskTrigger.Log ? 1 : null,
            Reason = trigger == TaskTrigger.Pause ? "等客户回复" : null, Source = trigger == TaskTrigger.Log ? "chat" : null,
        };
    }

    private TaskState OpenState(double pooledShare)
    {
        var roll = _random.NextDouble();
        return roll < pooledShare ? TaskState.Pooled : roll < pooledShare + (1 - pooledShare) * 0.75 ? TaskState.InProgress : TaskState.Paused;
    }

    private TaskState Closed() => _random.NextDouble() < 0.8 ? TaskState.Done : TaskState.Cancelled;

    private static (string? Id, string? Name) Member(int i) => ($"29:user-{i % Members}", $"成员{i % Members}");
}
