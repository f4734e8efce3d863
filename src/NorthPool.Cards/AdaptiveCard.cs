using System.Text.Json.Serialization;

namespace NorthPool.Cards;

// Adaptive Card 1.5, the version Teams renders for bot messages.
public sealed record AdaptiveCard
{
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-3)]
    public string? Schema { get; init; } = SchemaUrl;

    [JsonPropertyOrder(-2)]
    public string Type => "AdaptiveCard";

    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = "1.5";

    public IReadOnlyList<CardElement>? Body { get; init; }
    public IReadOnlyList<CardAction>? Actions { get; init; }
    public Refresh? Refresh { get; init; }
    public string? FallbackText { get; init; }
    public string? Lang { get; init; }
    public MsTeamsCardProperties? Msteams { get; init; }

    // A card that only says something: what a form or a preview turns into once it has been answered, with nothing
    // left to press again.
    public static AdaptiveCard Saying(string text) => new() { Body = [new Elements.TextBlock(text)], FallbackText = text };
}
