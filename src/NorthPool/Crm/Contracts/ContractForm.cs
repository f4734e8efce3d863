using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Storage;

namespace NorthPool.Crm;

// 表单 合同 creates (合同 <customer> <amount> <signed> <product line> <term> [续约 #C1]); 表单 合同 #C3 edits the
// amount (never below what has been received), the signed date, the term, the product line and the state (已终止:
// ended early, so no renewal reminder or warning).
public sealed class ContractForm(ContractStore contracts, NorthPoolDb db, RecordEditor editor) : CrmForm
{
    public override string Name => "contract";
    public override string[] Words => ["合同", "contract"];
    public override CrmText Title => CrmText.FormContractTitle;
    public override CrmText EditTitle => CrmText.FormContractEditTitle;
    public override bool CanEdit => true;
    public override bool Names(string which) => which.StartsWith("#C", StringComparison.OrdinalIgnoreCase);

    public override IReadOnlyList<FormField> Fields(Language language) =>
    [
        new("customer", CrmText.FormCustomer, FieldKind.Text) { Required = true, Hint = CrmText.FormCustomerHint },
        new("amount", CrmText.FormAmountWan, FieldKind.Number) { Required = true, Min = 0.0001m },
        new("signed", CrmText.FormSignedOn, FieldKind.Date) { Hint = CrmText.FormTodayHint },
        new("product", CrmText.FormProductLine, FieldKind.Text) { Hint = CrmText.FormProductHint, MaxLength = 40 },
        new("term", CrmText.FormTermMonths, FieldKind.Number) { Required = true, Min = 1, Max = 120, WholeNumber = true, Value = "12" },
        new("renews", CrmText.FormRenews, FieldKind.Text) { Hint = CrmText.FormRenewsHint, MaxLength = 20 },
        new("deal", CrmText.FormDeal, FieldKind.Text) { Hint = CrmText.FormDealHint, MaxLength = 20 },
    ];

    public override string Command(FormValues values)
    {
        var words = new List<string> { FormValues.Quote(values["customer"]!), FormWords.Wan(values.Number("amount")!.Value) };
        if (values.Date("signed") is { } signed)
            words.Add(FormWords.Date(signed));
        if (values["product"] is { } product)
            words.Add(FormValues.Quote(product));
        words.Add(FormWords.Number((int)values.Number("term")!.Value) + "月");
        if (values["renews"] is { } renews)
            words.AddRange([CrmWords.RenewWords[0], FormValues.Quote(renews)]);
        if (values["deal"] is { } deal)
            words.AddRange([CrmWords.DealWords[0], FormValues.Quote(deal)]);
        return string.Join(' ', words);
    }


    public override FormRecord Find(string typed, Language language)
    {
        if (ContractCommand.ContractId(typed) is not { } id || contracts.Find(id) is not { } c)
            return new FormRecord.Missing(CrmTexts.Get(language, CrmText.ContractNotFound, typed));
        return new FormRecord.Found(c.Id, c.Label,
        [
            new("amount", CrmText.FormAmountWan, FieldKind.Number) { Required = true, Min = 0.0001m, Value = FormWords.InWanNumber(c.Amount) },
            new("signed", CrmText.FormSignedOn, FieldKind.Date) { Required = true, Value = FormWords.Date(c.SignedOn) },
            new("product", CrmText.FormProductLine, FieldKind.Text) { Hint = CrmText.FormProductHint, MaxLength = 40, Value = c.ProductLine },
            new("term", CrmText.FormTermMonths, FieldKind.Number) { Required = true, Min = 1, Max = 120, WholeNumber = true, Value = FormWords.Number(c.TermMonths) },
            new("state", CrmText.FormContractState, FieldKind.Choice)
            {
                Required = true, Value = c.State.ToString(),
                Choices = [new(CrmTexts.Get(language, CrmText.ContractActive), nameof(ContractState.Active)), new(CrmTexts.Get(language, CrmText.ContractTerminated), nameof(ContractState.Terminated))],
            },
        ]);
    }

    public override Task<RecordEdit> SaveAsync(long id, FormValues values, string detail, CommandContext context, CancellationToken cancellationToken)
    {
        var spec = new RecordEditSpec<Contract>("contract", c => c.OwnerId, c => c.OwnerName ?? c.OwnerId, c => c.Label, c => c.CustomerName,
            (c, _) => c with
            {
                Amount = values.Number("amount")!.Value * Amount.Wan, SignedOn = values.Date("signed")!.Value, ProductLine = values["product"],
                TermMonths = (int)values.Number("term")!.Value, State = values.Choice<ContractState>("state")!.Value,
            })
        {
            Refuse = (before, after) => after.Amount < before.Received
                ? new RecordEdit.Refused(CrmText.FormBelowReceived, [before.Label, Amount.InWan(before.Received)])
                : null,
        };
        return editor.EditAsync(db.Contracts, spec, id, context.Member, detail, context.ActivityId, cancellationToken);
    }
}
