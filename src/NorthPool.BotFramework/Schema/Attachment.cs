namespace NorthPool.BotFramework.Schema;

public sealed record Attachment(string ContentType, object? Content)
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    public string? Name { get; init; }

    public static Attachment AdaptiveCard(object card) => new(AdaptiveCardType, card);
}
