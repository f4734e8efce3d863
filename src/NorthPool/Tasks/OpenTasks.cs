using NorthPool.Storage;

namespace NorthPool.Tasks;

// The live instances (待分配 + 执行中 + 暂停), read through the State index: never the finished history.
public static class OpenTasks
{
    public static List<TaskInstance> Read(NorthPoolDb db) =>
        [.. db.Tasks.Find(t => t.State == TaskState.Pooled), .. db.Tasks.Find(t => t.State == TaskState.InProgress), .. db.Tasks.Find(t => t.State == TaskState.Paused)];
}
