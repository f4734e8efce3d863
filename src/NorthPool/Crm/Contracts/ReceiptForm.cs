using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Storage;

namespace NorthPool.Crm;

// 表单 回款: 回款 <#C3 or customer> <amount> [date]; 表单 回款 #R3 corrects its amount or date (who recorded it, the
// contract's owner, a lead or an admin), never past the contract's amount.
public sealed class ReceiptForm(NorthPoolDb db, ContractStore contracts) : CrmForm
{
    public override string Name => "receipt";
    public override string[] Words => ["回款", "receipt"];
    public override CrmText Title => CrmText.FormReceiptTitle;
    public override string? CustomerField => "contract";
    public override CrmText EditTitle => CrmText.FormReceiptEditTitle;
    public override bool CanEdit => true;
    public override bool Names(string which) => which.StartsWith("#R", StringComparison.OrdinalIgnoreCase);

    public override IReadOnlyList<FormField> Fields(Language language) =>
    [
        new("contract", CrmText.FormContractOrCustomer, FieldKind.Text) { Required = true, Hint = CrmText.FormContractHint },
        new("amount", CrmText.FormAmountWan, FieldKind.Number) { Required = true, Min = 0.0001m },
        new("on", CrmText.FormReceivedOn, FieldKind.Date) { Hint = CrmText.FormTodayHint },
    ];

    public override string Command(FormValues values)
    {
        var target = values["contract"]!;
        var words = new List<string> { target.StartsWith("#C", StringComparison.OrdinalIgnoreCase) ? target : FormValues.Quote(target), FormWords.Wan(values.Number("amount")!.Value) };
        if (values.Date("on") is { } on)
            words.Add(FormWords.Date(on));
        return string.Join(' ', words);
    }

    public override FormRecord Find(string typed, Language language)
    {
        if (!long.TryParse(typed.AsSpan(2), out var id) || db.Receipts.FindById(id) is not { } r)
            return new FormRecord.Missing(CrmTexts.Get(language, CrmText.ReceiptNotFound, typed));
        return new FormRecord.Found(r.Id, r.Label,
        [
            new("amount", CrmText.FormAmountWan, FieldKind.Number) { Required = true, Min = 0.0001m, Value = FormWords.InWanNumber(r.Amount) },
            new("on", CrmText.FormReceivedOn, FieldKind.Date) { Required = true, Value = FormWords.Date(r.ReceivedOn) },
        ]);
    }

    public override Task<RecordEdit> SaveAsync(long id, FormValues values, string detail, CommandContext context, CancellationToken cancellationToken) =>
        contracts.EditReceiptAsync(id, values.Number("amount")!.Value * Amount.Wan, values.Date("on")!.Value, context.Member, detail, context.ActivityId, cancellationToken);

}
