namespace NorthPool.Cards.Inputs;

public sealed record ChoiceSetInput(IReadOnlyList<Choice> Choices) : CardInput
{
    public ChoiceInputStyle? Style { get; init; }
    public bool? IsMultiSelect { get; init; }
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
}

public sealed record Choice(string Title, string Value);
