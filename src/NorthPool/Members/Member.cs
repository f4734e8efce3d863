namespace NorthPool.Members;

// The person behind a turn. Id is the Teams user id (29:…), stable for this bot.
public sealed record Member(string Id, string Name, bool IsAdmin = false)
{
    public string? AadObjectId { get; init; }
}
