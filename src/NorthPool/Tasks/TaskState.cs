namespace NorthPool.Tasks;

// Plan §8.3: 待分配 → 执行中 ⇄ 暂停 → 已完成 / 已取消.
public enum TaskState
{
    Pooled,
    InProgress,
    Paused,
    Done,
    Cancelled,
}
