using System.Text.Json;

namespace NorthPool.Bot;

// Card buttons carry { verb, taskId, reason?, progress?, note? }; they are turned into the same command text a
// member would type, so buttons and chat go through one handler.
public static class CardActionText
{
    public static string? FromExecute(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
            ? Compose(verb.GetString(), action.TryGetProperty("data", out var data) ? data : default)
            : null;

    public static string? FromSubmit(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object ? Compose(String(value, "verb"), value) : null;

    private static string? Compose(string? verb, JsonElement data)
    {
        if (string.IsNullOrWhiteSpace(verb))
            return null;
        var parts = new List<string?> { verb, String(data, "taskId") };
        if (String(data, "progress") is { } progress)
            parts.Add(progress + "%");
        parts.Add(String(data, "reason") ?? String(data, "note"));
        return string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    private static string? String(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
