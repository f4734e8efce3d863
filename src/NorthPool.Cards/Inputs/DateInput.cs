namespace NorthPool.Cards.Inputs;

// Values are yyyy-MM-dd.
public sealed record DateInput : CardInput
{
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
}
