using System.Collections.Immutable;
using NorthPool.Storage;

namespace NorthPool.Tasks;

// The live instances (待分配, 执行中, 暂停) in memory, as last committed. 任务, 我的, the resolver and every card update
// read them; from LiteDB that was ~60 documents a turn and 40 % of a list turn's CPU. TaskStore.Insert and Update, the
// only writes of the tasks collection, stage each written row once its transaction has committed
// (StoreWriter.AfterCommit); a rolled-back write never arrives. A commit's rows are published together, after all of
// them are staged, so no reader sees half of a commit (the new week's instance without last week's closing). The
// first read loads the cache under the lock publishing takes, so a commit that lands during the load is applied after
// it (a second time, harmlessly, if the load already saw it).
public sealed class OpenTaskCache(NorthPoolDb db, StoreWriter writer)
{
    private readonly Lock _gate = new();
    private readonly List<TaskInstance> _staged = [];
    private ImmutableDictionary<string, TaskInstance>? _byId;

    public ImmutableDictionary<string, TaskInstance> Current => Volatile.Read(ref _byId) ?? Load();

    // On the writer thread, after a commit.
    public void Stage(TaskInstance task)
    {
        if (_staged.Count == 0)
            writer.AfterCommit(Publish);
        _staged.Add(task);
    }

    private void Publish()
    {
        lock (_gate)
        {
            if (_byId is { } byId)
            {
                var next = byId.ToBuilder();
                foreach (var task in _staged)
                {
                    // Another instance's newer version may have arrived first (Apply).
                    if (next.TryGetValue(task.Id, out var known) && known.Version > task.Version)
                        continue;
                    if (TaskTransitions.IsOpen(task.State))
                        next[task.Id] = task;
                    else
                        next.Remove(task.Id);
                }
                Volatile.Write(ref _byId, next.ToImmutable());
            }
        }
        _staged.Clear();
    }

    // A row another instance committed (read back from the database), unless a newer version is already here.
    public void Apply(TaskInstance task)
    {
        lock (_gate)
        {
            if (_byId is not { } byId || byId.TryGetValue(task.Id, out var known) && known.Version >= task.Version)
                return;
            Volatile.Write(ref _byId, TaskTransitions.IsOpen(task.State) ? byId.SetItem(task.Id, task) : byId.Remove(task.Id));
        }
    }

    // Loaded again at the next read: changes may have been missed.
    public void Forget()
    {
        lock (_gate)
            Volatile.Write(ref _byId, null);
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
