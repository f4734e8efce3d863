using NorthPool.Localization;

namespace NorthPool.Crm;

// 表单 回款: 回款 <#C3 or customer> <amount> [date]. A receipt is money in: it is corrected by the contract's owner
// with another receipt, not edited.
public sealed class ReceiptForm : CrmForm
{
    public override string Name => "receipt";
    public override string[] Words => ["回款", "receipt"];
    public override CrmText Title => CrmText.FormReceiptTitle;
    public override string? CustomerField => "contract";

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

}
