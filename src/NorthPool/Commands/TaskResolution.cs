using NorthPool.Pools;
using NorthPool.Tasks;

namespace NorthPool.Commands;

public abstract record TaskResolution
{
    public sealed record Found(TaskInstance Task) : TaskResolution;

    // Suggestions are labels ("[BD-014] 能源标杆案例打造") of near templates or tasks.
    public sealed record NotFound(string Reference, IReadOnlyList<string> Suggestions) : TaskResolution;

    // Several tasks answer to the reference: a template with more than one open instance, or a title part.
    public sealed record Ambiguous(string Reference, IReadOnlyList<TaskInstance> Candidates) : TaskResolution;

    // An on-demand template (按需, 按项目, 按客户) that has no instance yet.
    public sealed record NotStarted(TaskTemplate Template) : TaskResolution;
}
