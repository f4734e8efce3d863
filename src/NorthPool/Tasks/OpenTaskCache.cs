using System.Collections.Immutable;
using NorthPool.Storage;

namespace NorthPool.Tasks;

// The live instances (待分配, 执行中, 暂停) in memory, as last committed. 任务, 我的, the resolver and every card update
// read them; from LiteDB that was ~60 documents a turn and 40 % of a list turn's CPU. TaskStore.Insert and Update, the
// only writes of the tasks collection, hand each written row to Apply once its transaction has committed
// (StoreWriter.AfterCommit), in commit order; a rolled-back write never arrives. The first read loads it under the lock
// Apply takes, so a commit that lands during the load is applied after it (a second time, harmlessly, if the load
// already saw it).
public sealed class OpenTaskCache(NorthPoolDb db)
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<string, TaskInstance>? _byId;

    public ImmutableDictionary<string, TaskInstance> Current => Volatile.Read(ref _byId) ?? Load();

    public void Apply(TaskInstance task)
    {
        lock (_gate)
        {
            if (_byId is not { } byId)
                return;
            Volatile.Write(ref _byId, TaskTransitions.IsOpen(task.State) ? byId.SetItem(task.Id, task) : byId.Remove(task.Id));
        }
    }

    private ImmutableDictionary<string, TaskInstance> Load()
    {
        lock (_gate)
        {
            if (_byId is { } loaded)
                return loaded;
            // Through the State index: never the finished history.
            var open = db.Tasks.Find(t => t.State == TaskState.Pooled)
                .Concat(db.Tasks.Find(t => t.State == TaskState.InProgress))
                .Concat(db.Tasks.Find(t => t.State == TaskState.Paused));
            var byId = open.ToImmutableDictionary(t => t.Id, StringComparer.Ordinal);
            Volatile.Write(ref _byId, byId);
            return byId;
        }
    }
}
