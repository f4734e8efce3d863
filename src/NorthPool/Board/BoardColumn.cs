using NorthPool.Tasks;

namespace NorthPool.Board;

// The plan's five kanban columns (§10.1).
public enum BoardColumn
{
    Todo,
    InProgress,
    FollowUp,
    Done,
    Exception,
}

// Where a task sits and what dragging it to a column means. 待办 = in the pool; 执行中 = being worked; 客户跟进 =
// paused (a pause waits on someone outside, in this team nearly always a customer), or in progress with a customer's
// next step due (a visit counted for it said what comes next and when); 已完成 = done (today's); 异常 = open and
// overdue, or tripping one of the report's trouble warnings (paused, untouched or unclaimed too long). A drag is the
// chat verb that makes that move, so it takes the same path as typing it.
public static class BoardColumns
{
    public static BoardColumn? Of(TaskInstance task, DateTimeOffset now, BoardSignals? signals = null)
    {
        signals ??= BoardSignals.None;
        return task.State switch
        {
            TaskState.Done => BoardColumn.Done,
            TaskState.Cancelled => null,
            _ when task.IsOverdue(now) || task.OverdueSince is not null || signals.Warnings.ContainsKey(task.Id) => BoardColumn.Exception,
            TaskState.Pooled => BoardColumn.Todo,
            TaskState.Paused => BoardColumn.FollowUp,
            _ when signals.CustomerStepsDue.ContainsKey(task.Id) => BoardColumn.FollowUp,
            _ => BoardColumn.InProgress,
        };
    }

    // The command a drag stands for (English verbs, which every member's parser knows); null when no single move
    // takes a task from its state to that column (异常 is never a target: it is where lateness puts a task).
    public static string? Command(TaskInstance task, BoardColumn to, string? reason) => (task.State, to) switch
    {
        (TaskState.Pooled, BoardColumn.InProgress) => $"claim {task.Id}",
        (TaskState.Paused, BoardColumn.InProgress) => $"resume {task.Id}",
        (TaskState.InProgress, BoardColumn.FollowUp) => $"pause {task.Id} {reason}".TrimEnd(),
        (TaskState.InProgress or TaskState.Paused, BoardColumn.Todo) => $"release {task.Id}",
        (TaskState.InProgress or TaskState.Paused, BoardColumn.Done) => $"finish {task.Id}",
        (TaskState.Pooled, BoardColumn.Done) => $"finish {task.Id}",
        _ => null,
    };
}
