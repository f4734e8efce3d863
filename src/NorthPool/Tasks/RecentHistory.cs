using System.Collections.Concurrent;
using NorthPool.Storage;

namespace NorthPool.Tasks;

// The newest entries of a task's history, as its card shows them, remembered per task version. Every audit row is
// written in the unit of work that raises its task's version (TaskStore's moves, InstanceOpener's overdue marks,
// NewTaskCommand's creation), so one version's history never changes: the reply card and every card update of that
// version share one query.
public sealed class RecentHistory(NorthPoolDb db)
{
    public const int Shown = 3;

    // Tasks remembered before starting over: more than are ever open, far fewer than a year of instances.
    private const int MaxTasks = 4_096;

    private readonly ConcurrentDictionary<string, (int Version, IReadOnlyList<AuditEntry> Entries)> _byTask = new(StringComparer.Ordinal);

    public IReadOnlyList<AuditEntry> Of(TaskInstance task)
    {
        if (_byTask.TryGetValue(task.Id, out var known) && known.Version == task.Version)
            return known.Entries;
        IReadOnlyList<AuditEntry> entries = NewestFirst.Query(db.Audit, nameof(AuditEntry.TaskId), task.Id).Limit(Shown).ToList();
        if (_byTask.Count >= MaxTasks)
            _byTask.Clear();
        // A reader still holding an older version must not replace a newer one.
        _byTask.AddOrUpdate(task.Id, (task.Version, entries), (_, old) => old.Version > task.Version ? old : (task.Version, entries));
        return entries;
    }
}
