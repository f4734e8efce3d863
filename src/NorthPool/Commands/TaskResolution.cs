using NorthPool.Tasks;

namespace NorthPool.Commands;

public abstract record TaskResolution
{
    public sealed record Found(TaskInstance Task) : TaskResolution;

    public sealed record NotFound(string Reference, IReadOnlyList<TaskInstance> Suggestions) : TaskResolution;

    public sealed record Ambiguous(string Reference, IReadOnlyList<TaskInstance> Candidates) : TaskResolution;
}
