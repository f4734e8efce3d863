namespace NorthPool.Tasks;

// Published after a change to a task has committed. ActivityId is the turn that made it, if a member did. Remote: made
// by another instance on the same PostgreSQL database (its cards are that instance's to update; pages here show it).
public sealed record TaskChanged(string TaskId, int Version, string? ActivityId)
{
    public bool Remote { get; init; }
}
