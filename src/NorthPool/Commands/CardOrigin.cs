using NorthPool.Localization;

namespace NorthPool.Commands;

// Which card a button was pressed on, so the answer can be that card again (a task card, or a page of a list), and
// in the card's language.
public sealed record CardOrigin(CardView View, string? Scope = null, int Page = 1, Language? Language = null);

public enum CardView
{
    Task,
    List,
    Mine,
    Help,
}
