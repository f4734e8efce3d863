namespace NorthPool.Members;

// The person behind a turn and the roles they hold. Id is the Teams user id (29:…), stable for this bot.
public sealed record Member(string Id, string Name, bool IsAdmin = false)
{
    public string? AadObjectId { get; init; }
    public bool IsChairman { get; init; }

    // The pools this member leads.
    public IReadOnlySet<string> LeadOf { get; init; } = new HashSet<string>();

    public bool Leads(string pool) => LeadOf.Contains(pool);
}
