namespace NorthPool.Cards.Actions;

// Sends a message activity whose value is Data merged with the card's inputs.
public sealed record SubmitAction : CardAction
{
    public object? Data { get; init; }
    public AssociatedInputs? AssociatedInputs { get; init; }
}
