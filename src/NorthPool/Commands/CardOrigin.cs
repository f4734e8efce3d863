namespace NorthPool.Commands;

// Which card a button was pressed on, so the answer can be that card again: a task card, or a page of a list.
public sealed record CardOrigin(CardView View, string? Scope = null, int Page = 1);

public enum CardView
{
    Task,
    List,
    Mine,
    Help,
}
