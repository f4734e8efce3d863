using LiteDB;
using NorthPool.Storage;
using NorthPool.Tasks;

namespace NorthPool.Pools;

// Keeps the pool alive: the current period's instance of every periodic template, one open instance of every
// continuous template, and an overdue mark on every open instance past its due time. A periodic instance nobody
// claimed is closed when its period ends (期满无人认领): the next period's instance takes its place. A unit of work for the single
// writer: running it twice in one period changes nothing the second time. Periods that passed entirely while the
// bot was down get no instance; the instance that opens next records them as missed.
public sealed class InstanceOpener(NorthPoolDb db, TaskStore tasks, PeriodCalendar calendar)
{
    private const int MaxMissedListed = 12;

    public OpenResult Open(DateTimeOffset now)
    {
        var opened = new List<TaskInstance>();
        foreach (var template in db.Templates.FindAll().OrderBy(t => t.Id, StringComparer.Ordinal))
        {
            var cadence = template.Frequency.Period;
            var created = cadence.IsPeriodic() ? OpenPeriod(template, now)
                : cadence == Cadence.Continuous ? OpenContinuous(template, now)
                : null;
            if (created is not null)
                opened.Add(created);
        }
        return new OpenResult(opened, MarkOverdue(now));
    }

    private TaskInstance? OpenPeriod(TaskTemplate template, DateTimeOffset now)
    {
        var period = calendar.Containing(template.Frequency.Period, now);
        var recurrence = db.Recurrences.FindById(template.Id) ?? new Recurrence { TemplateId = template.Id };
        if (recurrence.LastPeriodKey == period.Key)
            return null;

        var next = recurrence with { LastPeriodKey = period.Key, LastPeriodStart = calendar.StartOf(period) };
        var slot = InstanceNames.PeriodSlot(template.Id, period.Key);
        if (db.Tasks.Exists(t => t.Slot == slot))
        {
            db.Recurrences.Upsert(next);
            return null;
        }
        var missed = Missed(recurrence, period);
        var task = InstanceFactory.ForPeriod(template, period, calendar, now) with { MissedPeriods = missed.Count > 0 ? missed : null };
        tasks.Insert(task);
        db.Recurrences.Upsert(next);
        return task;
    }

    private TaskInstance? OpenContinuous(TaskTemplate template, DateTimeOffset now)
    {
        if (db.Tasks.Exists(t => t.OpenTemplateId == template.Id))
            return null;
        var recurrence = db.Recurrences.FindById(template.Id) ?? new Recurrence { TemplateId = template.Id };
        var task = InstanceFactory.Numbered(template, recurrence.NextNumber, now);
        tasks.Insert(task);
        db.Recurrences.Upsert(recurrence with { NextNumber = recurrence.NextNumber + 1 });
        return task;
    }

    // The periods strictly between the last one opened and this one.
    private List<string> Missed(Recurrence recurrence, Period current)
    {
        var missed = new List<string>();
        if (recurrence.LastPeriodStart is not { } lastStart)
            return missed;
        var period = calendar.Containing(current.Cadence, lastStart).Next();
        while (period.Start < current.Start)
        {
            if (missed.Count == MaxMissedListed)
            {
                missed.Add("…");
                break;
            }
            missed.Add(period.Key);
            period = period.Next();
        }
        return missed;
    }

    private List<TaskInstance> MarkOverdue(DateTimeOffset now)
    {
        var marked = new List<TaskInstance>();
        // Through the index of open, unmarked due times: only what has just fallen due is read.
        var due = db.Tasks.Query().Where("$.UnmarkedDueAt BETWEEN @0 AND @1", new BsonValue(DateTime.MinValue), new BsonValue(now.UtcDateTime)).ToList();
        foreach (var task in due.Where(t => t.IsOverdue(now)))
        {
            var expires = task.State == TaskState.Pooled && task.PeriodKey is not null;
            var trigger = expires ? TaskTrigger.Expire : TaskTrigger.Overdue;
            var to = TaskTransitions.NextState(task.State, trigger) ?? task.State;
            var updated = task with
            {
                State = to,
                StateSince = to == task.State ? task.StateSince : now,
                UpdatedAt = now,
                OverdueSince = now,
                Version = task.Version + 1,
            };
            tasks.Update(updated);
            db.Audit.Insert(new AuditEntry
            {
                TaskId = task.Id,
                At = now,
                ActorId = InstanceFactory.PoolActorId,
                Trigger = trigger,
                From = task.State,
                To = to,
            });
            marked.Add(updated);
        }
        return marked;
    }
}

// MarkedOverdue holds the owned instances now overdue and the unclaimed ones closed (State Cancelled).
public sealed record OpenResult(IReadOnlyList<TaskInstance> Opened, IReadOnlyList<TaskInstance> MarkedOverdue)
{
    public bool ChangedAnything => Opened.Count > 0 || MarkedOverdue.Count > 0;
}
