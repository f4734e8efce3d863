using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Storage;

namespace NorthPool.Crm;

// 表单 商机 creates (商机 <customer> <title> <amount> <stage> …, counted toward BD-030); 表单 商机 #12 edits the title,
// amount, stage and expected close. A stage moves as 商机 推进 does: forward, or to 输单 with a reason.
public sealed class OpportunityForm(OpportunityStore opportunities, NorthPoolDb db, RecordEditor editor) : CrmForm
{
    public override string Name => "opportunity";
    public override string[] Words => ["商机", "opportunity", "deal"];
    public override CrmText Title => CrmText.FormOpportunityTitle;
    public override CrmText EditTitle => CrmText.FormOpportunityEditTitle;
    public override bool CanEdit => true;
    public override bool Names(string which) => which.StartsWith('#');

    public override IReadOnlyList<FormField> Fields(Language language) =>
    [
        new("customer", CrmText.FormCustomer, FieldKind.Text) { Required = true, Hint = CrmText.FormCustomerHint },
        new("title", CrmText.FormOpportunityName, FieldKind.Text) { Required = true },
        new("amount", CrmText.FormAmountWan, FieldKind.Number) { Required = true, Min = 0.0001m },
        new("stage", CrmText.FormStage, FieldKind.Choice) { Required = true, Choices = Stages(language, OpportunityStages.Funnel), Value = nameof(OpportunityStage.Discover) },
        new("close", CrmText.FormExpectedClose, FieldKind.Date),
        new("partner", CrmText.FormPartnerSource, FieldKind.Text),
        new("renews", CrmText.FormRenews, FieldKind.Text) { Hint = CrmText.FormRenewsHint, MaxLength = 20 },
    ];

    public override string Command(FormValues values)
    {
        var words = new List<string>
        {
            FormValues.Quote(values["customer"]!), FormValues.Quote(values["title"]!), FormWords.Wan(values.Number("amount")!.Value),
            CrmTexts.Of(Language.ZhCn, values.Choice<OpportunityStage>("stage")!.Value),
        };
        if (values.Date("close") is { } close)
            words.AddRange([CrmWords.ExpectWords[0], FormWords.Date(close)]);
        if (values["partner"] is { } partner)
            words.AddRange([CrmWords.SourceWords[0], FormValues.Quote(partner)]);
        if (values["renews"] is { } renews)
            words.AddRange([CrmWords.RenewWords[0], FormValues.Quote(renews)]);
        return string.Join(' ', words);
    }


    public override FormRecord Find(string typed, Language language)
    {
        if (!long.TryParse(typed.TrimStart('#'), out var id) || opportunities.Find(id) is not { } o)
            return new FormRecord.Missing(CrmTexts.Get(language, CrmText.OpportunityNotFound, typed));
        return new FormRecord.Found(o.Id, o.Label,
        [
            new("title", CrmText.FormOpportunityName, FieldKind.Text) { Required = true, Value = o.Title },
            new("amount", CrmText.FormAmountWan, FieldKind.Number) { Required = true, Min = 0.0001m, Value = FormWords.InWanNumber(o.Amount) },
            new("stage", CrmText.FormStage, FieldKind.Choice) { Required = true, Choices = Stages(language, Enum.GetValues<OpportunityStage>()), Value = o.Stage.ToString() },
            new("lostReason", CrmText.FormLostReason, FieldKind.Text) { Value = o.LostReason },
            new("close", CrmText.FormExpectedClose, FieldKind.Date) { Value = o.ExpectedClose is { } d ? FormWords.Date(d) : null },
        ]);
    }

    public override Task<RecordEdit> SaveAsync(long id, FormValues values, string detail, CommandContext context, CancellationToken cancellationToken)
    {
        var to = values.Choice<OpportunityStage>("stage")!.Value;
        var spec = new RecordEditSpec<Opportunity>("opportunity", o => o.OwnerId, o => o.OwnerName ?? o.OwnerId, o => o.Label, o => $"{o.CustomerName} {o.Title}",
            (o, at) => o with
            {
                Title = values["title"]!, Amount = values.Number("amount")!.Value * Amount.Wan, Stage = to, ExpectedClose = values.Date("close"),
                LostReason = to == OpportunityStage.Lost ? values["lostReason"] : null, UpdatedAt = at,
            })
        {
            Refuse = (before, after) =>
                before.Stage != after.Stage && !OpportunityStages.CanMove(before.Stage, after.Stage)
                    ? new RecordEdit.Refused(CrmText.OpportunityIllegal, [before.Label, CrmTexts.Of(context.Language, before.Stage), CrmTexts.Of(context.Language, after.Stage)])
                : after.Stage == OpportunityStage.Lost && string.IsNullOrWhiteSpace(after.LostReason)
                    ? new RecordEdit.Refused(CrmText.OpportunityReasonRequired, [before.Label])
                : null,
        };
        return editor.EditAsync(db.Opportunities, spec, id, context.Member, detail, context.ActivityId, cancellationToken);
    }

    private static List<Cards.Inputs.Choice> Stages(Language language, IEnumerable<OpportunityStage> stages) =>
        stages.Select(s => new Cards.Inputs.Choice(CrmTexts.Of(language, s), s.ToString())).ToList();
}
