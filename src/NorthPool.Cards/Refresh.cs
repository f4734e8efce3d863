using NorthPool.Cards.Actions;

namespace NorthPool.Cards;

// Teams asks the bot for each listed viewer's own version of the card (user-specific views, at most 60 users).
// Action is typed as the base so its "type" discriminator is written; only Action.Execute is accepted.
public sealed record Refresh
{
    public Refresh(ExecuteAction action) => Action = action;

    public CardAction Action { get; }
    public IReadOnlyList<string>? UserIds { get; init; }
}
