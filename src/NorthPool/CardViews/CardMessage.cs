using NorthPool.BotFramework.Schema;
using NorthPool.Cards;

namespace NorthPool.CardViews;

public static class CardMessage
{
    // A card alone in its activity (no text), so the connector returns an id it can later be updated by.
    public static Activity For(AdaptiveCard card, string? summary = null) =>
        Activity.Card(Attachment.AdaptiveCard(CardJson.ToElement(card))) with { Summary = summary };
}
