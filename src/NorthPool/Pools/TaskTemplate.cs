using NorthPool.Tasks;

namespace NorthPool.Pools;

// A recurring task from the plan's catalog (BD-001 …). Its instances are the work people claim.
public sealed record TaskTemplate
{
    public string Id { get; init; } = "";
    public string Pool { get; init; } = "";
    public string Category { get; init; } = "";
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public string Output { get; init; } = "";
    public string FrequencyText { get; init; } = "";
    public Frequency Frequency { get; init; } = new() { Period = Cadence.OnDemand };

    // Plan §12.3: the time of day the owner is reminded of the open instance ("07:00"), when the plan gives one.
    public TimeOnly? TimeOfDay { get; init; }
    public Priority Priority { get; init; } = Priority.P2;
}
