using System.Globalization;
using NorthPool.Cards;
using NorthPool.Cards.Actions;
using NorthPool.Cards.Elements;
using NorthPool.Cards.Inputs;
using NorthPool.CardViews;
using NorthPool.Localization;

namespace NorthPool.Crm;

// A form as an Adaptive Card: a title, what the last try said (in red when it was refused), one labelled input per
// field with its client-side check and message, the server's message under each field that failed, and one save
// button whose data names the form and the record.
public static class FormCardBuilder
{
    public const string Verb = "form";

    public static AdaptiveCard Build(CrmForm form, FormTarget target, IReadOnlyList<FormField> fields, Language language, FormValues? sent = null, string? notice = null, bool noticeIsError = false)
    {
        string T(CrmText id, params object?[] args) => CrmTexts.Get(language, id, args);
        var title = target.Label is { } label ? T(form.EditTitle, label) : T(form.Title);
        var body = new List<CardElement> { new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder } };
        if (notice is not null)
            body.Add(new TextBlock(notice) { Color = noticeIsError ? TextColor.Attention : TextColor.Good });
        foreach (var field in fields)
        {
            body.Add(Input(field, sent?[field.Id] ?? (sent is null ? field.Value : null), language));
            if (sent?.Errors.TryGetValue(field.Id, out var error) == true)
                body.Add(new TextBlock(error) { Id = field.Id + "Error", Color = TextColor.Attention, Size = TextSize.Small, Spacing = Spacing.None });
        }

        var data = CardData.For(language, ("form", form.Name), (FormSubmission.SubmitKey, "1"));
        if (target.Label is not null)
            data["record"] = target.Label;
        return new AdaptiveCard
        {
            Body = body,
            Actions = [new ExecuteAction { Title = T(target.Label is null ? CrmText.FormCreate : CrmText.FormSave), Verb = Verb, Data = data, AssociatedInputs = AssociatedInputs.Auto }],
            FallbackText = title,
        };
    }

    private static CardInput Input(FormField field, string? value, Language language)
    {
        var label = CrmTexts.Get(language, field.Label);
        var hint = field.Hint is { } h ? CrmTexts.Get(language, h) : null;
        var required = CrmTexts.Get(language, CrmText.FormRequired, label);
        CardInput input = field.Kind switch
        {
            FieldKind.Number => new NumberInput
            {
                Value = decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? (double)n : null,
                Min = (double)field.Min, Max = (double)field.Max, Placeholder = hint,
                ErrorMessage = CrmTexts.Get(language, CrmText.FormOutOfRange, label, field.Min.ToString("0.####", CultureInfo.InvariantCulture), field.Max.ToString("0.####", CultureInfo.InvariantCulture)),
            },
            FieldKind.Date => new DateInput { Value = value, ErrorMessage = CrmTexts.Get(language, CrmText.FormNotDate, label) },
            FieldKind.Choice => new ChoiceSetInput(field.Choices) { Value = value, Style = ChoiceInputStyle.Compact, Placeholder = hint, ErrorMessage = required },
            FieldKind.Toggle => new ToggleInput(hint ?? label) { Value = value ?? "false", ValueOn = "true", ValueOff = "false" },
            _ => new TextInput
            {
                Value = value, Placeholder = hint, MaxLength = field.MaxLength, IsMultiline = field.Kind == FieldKind.LongText ? true : null,
                ErrorMessage = field.Required ? required : CrmTexts.Get(language, CrmText.FormTooLong, label, field.MaxLength),
            },
        };
        return input with { Id = field.Id, Label = label, IsRequired = field.Required ? true : null };
    }
}

// Which record a form is for: none when it creates one.
public sealed record FormTarget(long? Id, string? Label)
{
    public static readonly FormTarget New = new(null, null);
}
