namespace NorthPool.Cards.Inputs;

// Inputs need an id: it is the key of the value in the action's data.
public abstract record CardInput : CardElement
{
    public string? Label { get; init; }
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}
