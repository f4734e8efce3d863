using System.Text.Json;
using System.Text.Json.Serialization;

namespace NorthPool.BotFramework.Schema;

// Mention and clientInfo entities share this shape; other entity types keep their fields in Properties.
public sealed record Entity(string Type)
{
    public string? Text { get; init; }
    public ChannelAccount? Mentioned { get; init; }
    public string? Locale { get; init; }
    public string? Timezone { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}
