using NorthPool.Tasks;

namespace NorthPool.Commands;

public static class TaskLabel
{
    public static string Of(TaskInstance task) => $"[{task.Id}] {task.Title}";

    public static string List(IEnumerable<TaskInstance> tasks, string separator) => string.Join(separator, tasks.Select(Of));
}
