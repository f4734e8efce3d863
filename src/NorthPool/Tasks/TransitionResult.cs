
namespace NorthPool.Tasks;

// Every outcome of a move, each mapped to one localized reply. Only Applied changed anything.
public abstract record TransitionResult
{
    public sealed record Applied(TaskInstance Task, AuditEntry Entry) : TransitionResult
    {
        // The same activity had already made this change: nothing was written this time.
        public bool Repeated { get; init; }
    }

    public sealed record NotFound(string TaskId) : TransitionResult;

    public sealed record Illegal(TaskInstance Task, TaskTrigger Trigger, IReadOnlyList<TaskTrigger> Allowed) : TransitionResult;

    public sealed record Forbidden(TaskInstance Task, TaskTrigger Trigger) : TransitionResult;

    // Someone else holds the task: the loser of a claim race lands here.
    public sealed record AlreadyClaimed(TaskInstance Task) : TransitionResult;

    public sealed record AlreadyYours(TaskInstance Task) : TransitionResult;

    public sealed record ReasonRequired(TaskInstance Task, TaskTrigger Trigger) : TransitionResult;

    public sealed record InvalidProgress(TaskInstance Task, int? Progress) : TransitionResult;

    // Units were logged against a task that has no quota.
    public sealed record NotAQuota(TaskInstance Task) : TransitionResult;
}
