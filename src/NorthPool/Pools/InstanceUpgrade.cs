using NorthPool.Storage;
using NorthPool.Tasks;

namespace NorthPool.Pools;

// Files written before templates had periods hold one instance per template, named after it (BD-001). They keep their
// id, owner, state and history; each gets its template's cadence and quota and a slot: an open one is this period's
// instance (due at the period's end unless it had a due date), a finished one belongs to the period it finished in.
// Version 3 indexes finished instances by when they finished (ClosedKey): each is saved once more to get its key.
// Runs once per file: the schema version is kept in settings.
public sealed class InstanceUpgrade(NorthPoolDb db, TaskStore tasks, PeriodCalendar calendar)
{
    public const int SchemaVersion = 3;
    private const string VersionKey = "schemaVersion";

    public int Upgrade(DateTimeOffset now)
    {
        var version = int.TryParse(db.Settings.FindById(VersionKey)?.Value, out var v) ? v : 1;
        if (version >= SchemaVersion)
            return 0;

        var upgraded = 0;
        if (version < 2)
        {
            var templates = db.Templates.FindAll().ToDictionary(t => t.Id);
            foreach (var task in db.Tasks.FindAll().Where(t => t.Slot is null).ToList())
            {
                if (!templates.TryGetValue(task.TemplateId, out var template))
                    continue;
                tasks.Update(Upgrade(task, template, now));
                upgraded++;
            }
        }
        foreach (var closed in db.Tasks.Find(t => t.State == TaskState.Done).Concat(db.Tasks.Find(t => t.State == TaskState.Cancelled)).ToList())
            tasks.Update(closed);
        db.Settings.Upsert(new Setting { Id = VersionKey, Value = SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        return upgraded;
    }

    private TaskInstance Upgrade(TaskInstance task, TaskTemplate template, DateTimeOffset now)
    {
        var cadence = template.Frequency.Period;
        var quota = template.Frequency.IsQuota ? new QuotaTally { Target = template.Frequency.Count!.Value, Unit = template.Frequency.Unit! } : null;
        var upgraded = task with { Cadence = cadence, Quota = task.Quota ?? quota };
        if (!cadence.IsPeriodic())
        {
            var recurrence = db.Recurrences.FindById(template.Id) ?? new Recurrence { TemplateId = template.Id };
            db.Recurrences.Upsert(recurrence with { NextNumber = Math.Max(recurrence.NextNumber, 2) });
            return upgraded with { Slot = InstanceNames.NumberSlot(template.Id, 1) };
        }

        var period = calendar.Containing(cadence, TaskTransitions.IsOpen(task.State) ? now : task.StateSince);
        var current = db.Recurrences.FindById(template.Id);
        if (current?.LastPeriodStart is not { } last || last < calendar.StartOf(period))
            db.Recurrences.Upsert(new Recurrence { TemplateId = template.Id, LastPeriodKey = period.Key, LastPeriodStart = calendar.StartOf(period), NextNumber = current?.NextNumber ?? 1 });
        return upgraded with
        {
            Slot = InstanceNames.PeriodSlot(template.Id, period.Key),
            PeriodKey = period.Key,
            DueAt = task.DueAt ?? calendar.DueOf(period),
        };
    }
}
