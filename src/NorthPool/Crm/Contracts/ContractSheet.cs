using NorthPool.Exports;
using NorthPool.Localization;
using NorthPool.Storage;

namespace NorthPool.Crm;

// 导出 合同: every contract with its amounts in yuan (numbers, not text) and its dates as dates.
public sealed class ContractSheet(NorthPoolDb db, DisplayClock clock) : IExportSheet
{
    public IReadOnlyList<string> Words { get; } = ["合同", "contracts", "contract"];

    public ExportTable Build(Language language, DateTimeOffset now)
    {
        var contracts = db.Contracts.Query().Limit(ExportTable.MaxRows + 1).ToList();
        var today = DateOnly.FromDateTime(clock.Local(now).DateTime);
        string[] headers = language == Language.ZhCn
            ? ["合同号", "客户", "金额（元）", "签约日期", "期限（月）", "到期日期", "产品线", "已回款（元）", "待回款（元）", "负责人", "续约自", "状态"]
            : ["Contract", "Customer", "Amount (CNY)", "Signed", "Term (months)", "Ends", "Product line", "Received (CNY)", "Outstanding (CNY)", "Owner", "Renews", "State"];
        var rows = contracts.Take(ExportTable.MaxRows).Select(c => new object?[]
        {
            c.Label, c.CustomerName, c.Amount, c.SignedOn, c.TermMonths, c.EndsOn, c.ProductLine, c.Received, c.Outstanding, c.OwnerName ?? c.OwnerId,
            c.RenewsContractId is { } renewed ? $"#C{renewed}" : null, CrmTexts.Get(language, c.Shown(today)),
        }).ToList();
        return new ExportTable(language == Language.ZhCn ? "合同" : "Contracts", headers, rows) { Capped = contracts.Count > ExportTable.MaxRows };
    }
}
