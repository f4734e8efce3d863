using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Storage;

namespace NorthPool.Crm;

// 表单 拜访: 拜访 <customer> <kind> <summary> [下一步 <date> <step>], counted toward the visitor's quotas as typed;
// 表单 拜访 #V3 edits its kind, summary and next step (the customer, and so what it counted toward, stays).
public sealed class VisitForm(NorthPoolDb db, RecordEditor editor) : CrmForm
{
    public override string Name => "visit";
    public override string[] Words => ["拜访", "visit"];
    public override CrmText Title => CrmText.FormVisitTitle;
    public override CrmText EditTitle => CrmText.FormVisitEditTitle;
    public override bool CanEdit => true;
    public override bool Names(string which) => which.StartsWith("#V", StringComparison.OrdinalIgnoreCase);

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

    public override FormRecord Find(string typed, Language language)
    {
        if (!long.TryParse(typed.AsSpan(2), out var id) || db.Visits.FindById(id) is not { } v)
            return new FormRecord.Missing(CrmTexts.Get(language, CrmText.VisitNotFound, typed));
        return new FormRecord.Found(v.Id, v.Label,
        [
            new("kind", CrmText.FormVisitKind, FieldKind.Choice) { Required = true, Choices = FormField.ChoicesOf<VisitKind>(language, CrmTexts.Of), Value = v.Kind.ToString() },
            new("summary", CrmText.FormSummary, FieldKind.LongText) { Required = true, MaxLength = 500, Value = v.Summary },
            new("nextOn", CrmText.FormNextOn, FieldKind.Date) { Value = v.NextStepOn is { } on ? FormWords.Date(on) : null },
            new("nextStep", CrmText.FormNextStep, FieldKind.Text) { Value = v.NextStep },
        ]);
    }

    public override Task<RecordEdit> SaveAsync(long id, FormValues values, string detail, CommandContext context, CancellationToken cancellationToken) =>
        editor.EditAsync(db.Visits, new RecordEditSpec<Visit>("visit", v => v.ById, v => v.ByName ?? v.ById, v => v.Label, v => v.CustomerName,
            (v, _) => v with { Kind = values.Choice<VisitKind>("kind")!.Value, Summary = values["summary"]!, NextStepOn = values.Date("nextOn"), NextStep = values["nextStep"] }),
            id, context.Member, detail, context.ActivityId, cancellationToken);

}
