namespace NorthPool.Cards.Inputs;

public sealed record NumberInput : CardInput
{
    public string? Placeholder { get; init; }
    public double? Value { get; init; }
    public double? Min { get; init; }
    public double? Max { get; init; }
}
