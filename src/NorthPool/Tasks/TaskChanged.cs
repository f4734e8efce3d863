namespace NorthPool.Tasks;

// Published after a change to a task has committed. ActivityId is the turn that made it, if a member did.
public sealed record TaskChanged(string TaskId, int Version, string? ActivityId);
