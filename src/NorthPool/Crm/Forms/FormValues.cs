using System.Globalization;
using NorthPool.Localization;

namespace NorthPool.Crm;

// What a form sent back, checked field by field against the form's fields. Errors are per field, in the form's
// language; a form with errors is shown again with the member's values kept and the messages under the fields.
public sealed class FormValues
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    private FormValues(Language language) => Language = language;

    public Language Language { get; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public bool IsValid => Errors.Count == 0;

    // The trimmed value, or null when the field was left empty.
    public string? this[string id] => values.TryGetValue(id, out var value) && value.Length > 0 ? value : null;

    public decimal? Number(string id) =>
        this[id] is { } text && decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) ? number : null;

    public DateOnly? Date(string id) =>
        this[id] is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public bool Toggle(string id) => this[id] is "true";

    public TEnum? Choice<TEnum>(string id) where TEnum : struct, Enum =>
        this[id] is { } text && Enum.TryParse<TEnum>(text, ignoreCase: false, out var value) && Enum.IsDefined(value) ? value : null;

    public static FormValues Read(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string> sent, Language language)
    {
        var form = new FormValues(language);
        foreach (var field in fields)
        {
            var value = sent.TryGetValue(field.Id, out var raw) ? raw.Trim() : "";
            form.values[field.Id] = value;
            if (Check(field, value) is { } error)
                form.Errors[field.Id] = CrmTexts.Get(language, error.Id, [CrmTexts.Get(language, field.Label), .. error.Args]);
        }
        return form;
    }

    private static (CrmText Id, object?[] Args)? Check(FormField field, string value)
    {
        if (value.Length == 0)
            return field.Required ? (CrmText.FormRequired, []) : null;
        switch (field.Kind)
        {
            case FieldKind.Text or FieldKind.LongText when value.Length > field.MaxLength:
                return (CrmText.FormTooLong, [field.MaxLength]);
            case FieldKind.Text or FieldKind.LongText when value.Contains('"'):
                return (CrmText.FormNoQuotes, []);
            case FieldKind.Number:
                if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || (field.WholeNumber && number != decimal.Truncate(number)))
                    return (CrmText.FormNotNumber, []);
                if (number < field.Min || number > field.Max)
                    return (CrmText.FormOutOfRange, [field.Min.ToString("0.####", CultureInfo.InvariantCulture), field.Max.ToString("0.##", CultureInfo.InvariantCulture)]);
                return null;
            case FieldKind.Date when !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                return (CrmText.FormNotDate, []);
            case FieldKind.Choice when field.Choices.All(c => c.Value != value):
                return (CrmText.FormNotChoice, [string.Join(" / ", field.Choices.Select(c => c.Title))]);
            case FieldKind.Toggle when value is not ("true" or "false"):
                return (CrmText.FormNotChoice, ["true / false"]);
            default:
                return null;
        }
    }

    // A value as one word of a command: quoted, so spaces and keywords inside it stay part of it.
    public static string Quote(string value) => "\"" + value + "\"";
}
