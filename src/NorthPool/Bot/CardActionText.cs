using System.Globalization;
using System.Text.Json;
using NorthPool.CardViews;
using NorthPool.Commands;
using NorthPool.Localization;

namespace NorthPool.Bot;

// Card buttons carry { verb, taskId, reason? (pauseReason/cancelReason from the card's inputs), progress?, note?,
// view?, scope?, page? }. They become the same command
// text a member would type, so buttons and chat go through one handler, plus the card they were pressed on.
public static class CardActionText
{
    public static CardCommand? FromExecute(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object
        && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("verb", out var verb) && verb.ValueKind == JsonValueKind.String
            ? Compose(verb.GetString(), action.TryGetProperty("data", out var data) ? data : default)
            : null;

    public static CardCommand? FromSubmit(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object ? Compose(String(value, "verb"), value) : null;

    private static CardCommand? Compose(string? verb, JsonElement data)
    {
        if (string.IsNullOrWhiteSpace(verb))
            return null;
        var taskId = String(data, "taskId");
        if (verb == CardVerbs.Refresh)
            verb = CardVerbs.Show;

        var parts = new List<string?> { verb };
        if (verb == CardVerbs.List)
            parts.Add(String(data, "scope"));
        // A form's button: "form <which form> [<record>]"; the form reads its inputs from the activity itself.
        parts.Add(String(data, "form"));
        parts.Add(Quoted(String(data, "record")));
        // The rest of a command a button carries whole (导入 确认 <id>).
        parts.Add(String(data, "args"));
        parts.Add(taskId);
        parts.Add(String(data, "directiveId"));
        parts.Add(String(data, "instruction"));
        if (String(data, "progress") is { } progress)
            parts.Add(progress + "%");
        parts.Add(String(data, "reason") ?? String(data, verb + "Reason") ?? String(data, verb + "Note") ?? String(data, "note"));
        var text = string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        return new CardCommand(text, Origin(verb, taskId, data));
    }

    private static CardOrigin Origin(string verb, string? taskId, JsonElement data)
    {
        var page = int.TryParse(String(data, "page"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
        var view = String(data, "view") switch
        {
            "list" => CardView.List,
            "mine" => CardView.Mine,
            "task" => CardView.Task,
            _ when verb == CardVerbs.List => CardView.List,
            _ when verb == CardVerbs.Mine => CardView.Mine,
            _ when taskId is not null => CardView.Task,
            _ => CardView.Help,
        };
        return new CardOrigin(view, String(data, "scope"), page, LanguageExtensions.FromTag(String(data, CardData.LanguageKey)));
    }

    private static string? Quoted(string? value) => value is null ? null : "\"" + value.Replace("\"", "") + "\"";

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

public sealed record CardCommand(string Text, CardOrigin Origin);
