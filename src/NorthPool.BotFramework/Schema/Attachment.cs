namespace NorthPool.BotFramework.Schema;

public sealed record Attachment(string ContentType, object? Content)
{
    public const string AdaptiveCardType = "application/vnd.microsoft.card.adaptive";

    public string? Name { get; init; }

    // Where a file attachment can be fetched (a file a member sent).
    public string? ContentUrl { get; init; }

    public static Attachment AdaptiveCard(object card) => new(AdaptiveCardType, card);
}
