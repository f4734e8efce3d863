using System.Text.Json;
using System.Text.Json.Serialization;

namespace NorthPool.BotFramework.Schema;

public static class BotJson
{
    // Read case-insensitively, write exact camelCase and leave out nulls, as the Activity spec asks.
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
