namespace NorthPool.Crm;

// The audit row of a CRM change, written in the same unit of work as the change.
public sealed record CrmChange
{
    public long Id { get; init; }
    public string Record { get; init; } = "";
    public long RecordId { get; init; }
    public string Action { get; init; } = "";
    public string ActorId { get; init; } = "";
    public string? ActorName { get; init; }
    public DateTimeOffset At { get; init; }
    public string? Detail { get; init; }
    public string? ActivityId { get; init; }
}
