using NorthPool.Members;

namespace NorthPool.Tasks;

// A request to move one task. Reason is required for pause and cancel; Progress/Note for progress updates.
public sealed record TaskMove(
    string TaskId,
    TaskTrigger Trigger,
    Member Actor,
    DateTimeOffset At,
    string? Reason = null,
    int? Progress = null,
    string? ActivityId = null);
