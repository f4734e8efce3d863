using System.Text.Json;
using NorthPool.BotFramework.Schema;

namespace NorthPool.Crm;

// The data a form card's button sent: the action's data merged with the inputs, from an Action.Execute invoke
// (value.action.data) or an Action.Submit message (value). Submitted is set by the form's save button only; the
// buttons that open a form send prefills.
public sealed record FormSubmission(IReadOnlyDictionary<string, string> Values, bool Submitted)
{
    public const string SubmitKey = "formSubmit";

    public static readonly FormSubmission None = new(new Dictionary<string, string>(), false);

    public static FormSubmission From(Activity? activity)
    {
        if (activity?.Value is not { ValueKind: JsonValueKind.Object } value)
            return None;
        var data = activity.Type == ActivityTypes.Invoke
            && value.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var inner) ? inner : value;
        if (data.ValueKind != JsonValueKind.Object)
            return None;

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in data.EnumerateObject())
        {
            var text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            };
            if (text is not null)
                values[property.Name] = text;
        }
        return new FormSubmission(values, values.ContainsKey(SubmitKey));
    }
}
