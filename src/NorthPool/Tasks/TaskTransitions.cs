namespace NorthPool.Tasks;

// The whole state machine. Nothing else decides which move is legal.
public static class TaskTransitions
{
    private static readonly Dictionary<(TaskState, TaskTrigger), TaskState> Next = new()
    {
        [(TaskState.Pooled, TaskTrigger.Claim)] = TaskState.InProgress,
        [(TaskState.InProgress, TaskTrigger.Pause)] = TaskState.Paused,
        [(TaskState.Paused, TaskTrigger.Resume)] = TaskState.InProgress,
        [(TaskState.InProgress, TaskTrigger.Finish)] = TaskState.Done,
        [(TaskState.InProgress, TaskTrigger.Cancel)] = TaskState.Cancelled,
        [(TaskState.Paused, TaskTrigger.Cancel)] = TaskState.Cancelled,
        [(TaskState.InProgress, TaskTrigger.Release)] = TaskState.Pooled,
        [(TaskState.InProgress, TaskTrigger.Progress)] = TaskState.InProgress,
        [(TaskState.Paused, TaskTrigger.Progress)] = TaskState.Paused,
        [(TaskState.InProgress, TaskTrigger.Log)] = TaskState.InProgress,
        [(TaskState.Paused, TaskTrigger.Log)] = TaskState.Paused,
        [(TaskState.Pooled, TaskTrigger.Expire)] = TaskState.Cancelled,
        [(TaskState.Pooled, TaskTrigger.Assign)] = TaskState.InProgress,
        [(TaskState.InProgress, TaskTrigger.Assign)] = TaskState.InProgress,
        [(TaskState.Paused, TaskTrigger.Assign)] = TaskState.Paused,
        [(TaskState.Pooled, TaskTrigger.Prioritise)] = TaskState.Pooled,
        [(TaskState.InProgress, TaskTrigger.Prioritise)] = TaskState.InProgress,
        [(TaskState.Paused, TaskTrigger.Prioritise)] = TaskState.Paused,
        [(TaskState.Pooled, TaskTrigger.Redate)] = TaskState.Pooled,
        [(TaskState.InProgress, TaskTrigger.Redate)] = TaskState.InProgress,
        [(TaskState.Paused, TaskTrigger.Redate)] = TaskState.Paused,
    };

    public static TaskState? NextState(TaskState from, TaskTrigger trigger) =>
        Next.TryGetValue((from, trigger), out var to) ? to : null;

    // The moves a member may make from a state; the pool's own moves are not offered.
    public static IReadOnlyList<TaskTrigger> AllowedFrom(TaskState from) =>
        Enum.GetValues<TaskTrigger>().Where(t => !IsPoolMove(t) && !IsEdit(t) && Next.ContainsKey((from, t))).ToList();

    public static bool IsPoolMove(TaskTrigger trigger) => trigger is TaskTrigger.Overdue or TaskTrigger.Expire;

    // Moves that change who, how urgent or by when, not where the work stands; typed, never a card button.
    public static bool IsEdit(TaskTrigger trigger) => trigger is TaskTrigger.Assign or TaskTrigger.Prioritise or TaskTrigger.Redate;

    public static bool RequiresReason(TaskTrigger trigger) => trigger is TaskTrigger.Pause or TaskTrigger.Cancel;

    public static bool IsOpen(TaskState state) => state is TaskState.Pooled or TaskState.InProgress or TaskState.Paused;
}
