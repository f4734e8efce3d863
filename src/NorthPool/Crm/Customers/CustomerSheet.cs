using NorthPool.Exports;
using NorthPool.Localization;
using NorthPool.Storage;

namespace NorthPool.Crm;

// 导出 客户: every customer, oldest first.
public sealed class CustomerSheet(NorthPoolDb db, DisplayClock clock) : IExportSheet
{
    public IReadOnlyList<string> Words { get; } = ["客户", "customers", "customer"];

    public ExportTable Build(Language language, DateTimeOffset now)
    {
        var customers = db.Customers.Query().Limit(ExportTable.MaxRows + 1).ToList();
        string[] headers = language == Language.ZhCn
            ? ["编号", "名称", "别名", "行业", "级别", "区域", "状态", "重点客户", "负责人", "建档日期"]
            : ["Id", "Name", "Aliases", "Industry", "Level", "Region", "Status", "Key customer", "Owner", "Created"];
        var rows = customers.Take(ExportTable.MaxRows).Select(c => new object?[]
        {
            c.Label, c.Name, string.Join(language.ListSeparator(), c.Aliases), CrmTexts.Of(language, c.Industry), CrmTexts.Of(language, c.Level), c.Region,
            CrmTexts.Of(language, c.Status), c.IsKey ? CrmTexts.Get(language, CrmText.Yes) : "", c.OwnerName ?? c.OwnerId, DateOnly.FromDateTime(clock.Local(c.CreatedAt).DateTime),
        }).ToList();
        return new ExportTable(language == Language.ZhCn ? "客户" : "Customers", headers, rows) { Capped = customers.Count > ExportTable.MaxRows };
    }
}
