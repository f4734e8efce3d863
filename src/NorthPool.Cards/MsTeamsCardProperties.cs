using System.Text.Json.Serialization;

namespace NorthPool.Cards;

public sealed record MsTeamsCardProperties
{
    public string? Width { get; init; }
    public IReadOnlyList<CardMention>? Entities { get; init; }
}

// "<at>Name</at>" in a TextBlock plus this entity makes a real mention in Teams.
public sealed record CardMention(string Text, CardMentioned Mentioned)
{
    [JsonPropertyOrder(-1)]
    public string Type => "mention";
}

public sealed record CardMentioned(string Id, string Name);
