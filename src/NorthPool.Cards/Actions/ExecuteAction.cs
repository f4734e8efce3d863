namespace NorthPool.Cards.Actions;

// Universal Action: Teams sends an adaptiveCard/action invoke with Verb and Data (merged with the card's inputs).
public sealed record ExecuteAction : CardAction
{
    public string? Verb { get; init; }
    public object? Data { get; init; }
    public AssociatedInputs? AssociatedInputs { get; init; }
    public CardAction? Fallback { get; init; }
}
