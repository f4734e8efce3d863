namespace NorthPool.Pools;

// A recurring task from the plan's catalog (BD-001 …).
public sealed record TaskTemplate
{
    public string Id { get; init; } = "";
    public string Pool { get; init; } = "";
    public string Category { get; init; } = "";
    public string Name { get; init; } = "";
    public string Description { get; init; } = "";
    public string Output { get; init; } = "";
    public string FrequencyText { get; init; } = "";
}
