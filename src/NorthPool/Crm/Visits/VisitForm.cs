using NorthPool.Localization;

namespace NorthPool.Crm;

// 表单 拜访: 拜访 <customer> <kind> <summary> [下一步 <date> <step>], counted toward the visitor's quotas as typed.
public sealed class VisitForm : CrmForm
{
    public override string Name => "visit";
    public override string[] Words => ["拜访", "visit"];
    public override CrmText Title => CrmText.FormVisitTitle;

    public override IReadOnlyList<FormField> Fields(Language language) =>
    [
        new("customer", CrmText.FormCustomer, FieldKind.Text) { Required = true, Hint = CrmText.FormCustomerHint },
        new("kind", CrmText.FormVisitKind, FieldKind.Choice) { Required = true, Choices = FormField.ChoicesOf<VisitKind>(language, CrmTexts.Of), Value = nameof(VisitKind.Visit) },
        new("summary", CrmText.FormSummary, FieldKind.LongText) { Required = true, MaxLength = 500 },
        new("nextOn", CrmText.FormNextOn, FieldKind.Date),
        new("nextStep", CrmText.FormNextStep, FieldKind.Text),
    ];

    public override string Command(FormValues values)
    {
        var words = new List<string>
        {
            FormValues.Quote(values["customer"]!), CrmTexts.Of(Language.ZhCn, values.Choice<VisitKind>("kind")!.Value), FormValues.Quote(values["summary"]!),
        };
        if (values.Date("nextOn") is not null || values["nextStep"] is not null)
            words.Add(CrmWords.NextStepWords[0]);
        if (values.Date("nextOn") is { } on)
            words.Add(FormWords.Date(on));
        if (values["nextStep"] is { } step)
            words.Add(FormValues.Quote(step));
        return string.Join(' ', words);
    }

}
