using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Storage;

namespace NorthPool.Crm;

// 表单 工单 opens a ticket (工单 <customer> <summary> <severity> [产品 …]); 表单 工单 #T3 edits its summary, severity
// and product line. Its state moves with 工单 处理|解决|关闭|重开, which count toward CS-001.
public sealed class TicketForm(TicketStore tickets, NorthPoolDb db, RecordEditor editor) : CrmForm
{
    public override string Name => "ticket";
    public override string[] Words => ["工单", "ticket"];
    public override CrmText Title => CrmText.FormTicketTitle;
    public override CrmText EditTitle => CrmText.FormTicketEditTitle;
    public override bool CanEdit => true;
    public override bool Names(string which) => which.StartsWith("#T", StringComparison.OrdinalIgnoreCase);

    public override IReadOnlyList<FormField> Fields(Language language) =>
    [
        new("customer", CrmText.FormCustomer, FieldKind.Text) { Required = true, Hint = CrmText.FormCustomerHint },
        new("summary", CrmText.FormProblem, FieldKind.LongText) { Required = true, MaxLength = 500 },
        new("severity", CrmText.FormSeverity, FieldKind.Choice) { Required = true, Choices = FormField.ChoicesOf<TicketSeverity>(language, CrmTexts.Of), Value = nameof(TicketSeverity.Medium) },
        new("product", CrmText.FormProductLine, FieldKind.Text) { Hint = CrmText.FormProductHint, MaxLength = 40 },
    ];

    public override string Command(FormValues values)
    {
        var words = new List<string>
        {
            FormValues.Quote(values["customer"]!), FormValues.Quote(values["summary"]!), CrmTexts.Of(Language.ZhCn, values.Choice<TicketSeverity>("severity")!.Value),
        };
        if (values["product"] is { } product)
            words.AddRange([CrmWords.ProductWords[0], FormValues.Quote(product)]);
        return string.Join(' ', words);
    }


    public override FormRecord Find(string typed, Language language)
    {
        if (!long.TryParse(typed.AsSpan(2), out var id) || tickets.Find(id) is not { } t)
            return new FormRecord.Missing(CrmTexts.Get(language, CrmText.TicketNotFound, typed));
        return new FormRecord.Found(t.Id, t.Label,
        [
            new("summary", CrmText.FormProblem, FieldKind.LongText) { Required = true, MaxLength = 500, Value = t.Summary },
            new("severity", CrmText.FormSeverity, FieldKind.Choice) { Required = true, Choices = FormField.ChoicesOf<TicketSeverity>(language, CrmTexts.Of), Value = t.Severity.ToString() },
            new("product", CrmText.FormProductLine, FieldKind.Text) { Hint = CrmText.FormProductHint, MaxLength = 40, Value = t.ProductLine },
        ]);
    }

    public override Task<RecordEdit> SaveAsync(long id, FormValues values, string detail, CommandContext context, CancellationToken cancellationToken) =>
        editor.EditAsync(db.Tickets, new RecordEditSpec<Ticket>("ticket", t => t.OwnerId, t => t.OwnerName ?? t.OwnerId, t => t.Label, t => $"{t.CustomerName} {t.Summary}",
            (t, at) => t with { Summary = values["summary"]!, Severity = values.Choice<TicketSeverity>("severity")!.Value, ProductLine = values["product"], UpdatedAt = at }),
            id, context.Member, detail, context.ActivityId, cancellationToken);
}
