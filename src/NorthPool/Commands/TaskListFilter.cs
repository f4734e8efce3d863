using NorthPool.Tasks;

namespace NorthPool.Commands;

// What "任务 …" / "list …" asks for: any of a pool (BD, 央企BD), a state (已完成, done, 逾期, overdue), a priority
// (P0) and an owner (@张伟), in any order. Scope is the filter in canonical words, carried by a list card's buttons.
public sealed record TaskListFilter(string? Pool, TaskState? State, bool Overdue, Priority? Priority, string? Owner)
{
    public static readonly TaskListFilter None = new(null, null, false, null, null);

    private static readonly Dictionary<string, TaskState> States = new(StringComparer.OrdinalIgnoreCase)
    {
        ["待分配"] = TaskState.Pooled, ["pooled"] = TaskState.Pooled, ["free"] = TaskState.Pooled,
        ["执行中"] = TaskState.InProgress, ["进行中"] = TaskState.InProgress, ["in-progress"] = TaskState.InProgress, ["running"] = TaskState.InProgress,
        ["暂停"] = TaskState.Paused, ["已暂停"] = TaskState.Paused, ["paused"] = TaskState.Paused,
        ["已完成"] = TaskState.Done, ["完成"] = TaskState.Done, ["done"] = TaskState.Done, ["finished"] = TaskState.Done,
        ["已取消"] = TaskState.Cancelled, ["取消"] = TaskState.Cancelled, ["cancelled"] = TaskState.Cancelled, ["canceled"] = TaskState.Cancelled,
    };

    public bool IsClosedState => State is TaskState.Done or TaskState.Cancelled;

    public string Scope => string.Join(' ', new[]
    {
        Pool,
        State?.ToString(),
        Overdue ? "overdue" : null,
        Priority?.ToString(),
        Owner is null ? null : "@" + Owner,
    }.Where(p => p is not null));

    // Null with the word that could not be read.
    public static (TaskListFilter? Filter, string? Unknown) Parse(string text, PoolNames pools)
    {
        var filter = None;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.StartsWith('@') && word.Length > 1)
                filter = filter with { Owner = word[1..] };
            else if (word is "逾期" or "overdue" or "Overdue" or "late")
                filter = filter with { Overdue = true };
            else if (Enum.TryParse<TaskState>(word, out var canonical) && Enum.IsDefined(canonical) && !int.TryParse(word, out _))
                filter = filter with { State = canonical };
            else if (States.TryGetValue(word, out var state))
                filter = filter with { State = state };
            else if (word.Length == 2 && (word[0] is 'P' or 'p') && Enum.TryParse<Priority>(word.ToUpperInvariant(), out var priority))
                filter = filter with { Priority = priority };
            else if (pools.Match(word) is { } pool)
                filter = filter with { Pool = pool };
            else
                return (null, word);
        }
        return (filter, null);
    }
}
