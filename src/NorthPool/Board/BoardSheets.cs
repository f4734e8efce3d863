using NorthPool.Exports;
using NorthPool.Localization;

namespace NorthPool.Board;

// The kanban (as filtered on the page) and the dashboard's figures as workbook sheets, written by the exporter.
public static class BoardSheets
{
    public static ExportTable Kanban(BoardSnapshot board, BoardFilter filter, Language language)
    {
        string[] headers = language == Language.ZhCn
            ? ["编号", "任务", "任务池", "看板列", "负责人", "优先级", "截止", "本期指标", "周期"]
            : ["Id", "Task", "Pool", "Column", "Owner", "Priority", "Due", "Quota", "Period"];
        var pools = board.Pools.ToDictionary(p => p.Id, p => p.Name);
        var columns = board.Columns.ToDictionary(c => c.Id, c => c.Name);
        var rows = board.Tasks.Where(filter.Matches).Take(ExportTable.MaxRows).Select(t => new object?[]
        {
            t.Id, t.Title, pools.GetValueOrDefault(t.Pool, t.Pool), columns.GetValueOrDefault(t.Column, t.Column), t.OwnerName ?? t.OwnerId, t.Priority,
            t.Due, t.Quota, t.Period,
        }).ToList();
        return new ExportTable(language == Language.ZhCn ? "看板" : "Kanban", headers, rows);
    }

    public static ExportTable Dashboard(DashboardSnapshot d, Language language)
    {
        var t = d.Texts;
        var rows = new List<object?[]>
        {
            new object?[] { t["inFlightTotal"], (decimal)d.Today.InFlight, (decimal)d.Today.InFlightTarget },
            new object?[] { t["today"] + t["new"], (decimal)d.Today.New, null },
            new object?[] { t["today"] + t["done"], (decimal)d.Today.Done, (decimal)d.Today.DoneTarget },
            new object?[] { t["rate"] + " %", d.Today.RatePercent, (decimal)d.Today.RateTargetPercent },
            new object?[] { t["month"] + $"（{t["wan"]}）", d.MonthContractsWan, d.MonthTargetWan },
            new object?[] { t["receipts"] + $"（{t["wan"]}）", d.ReceiptsThisWeekWan, null },
            new object?[] { t["active"], (decimal?)d.ActiveCustomers, null },
            new object?[] { t["renewal"] + " %", d.RenewalRatePercent, null },
            new object?[] { t["partners"], (decimal?)d.Partners, null },
        };
        rows.AddRange(d.InFlight.Select(b => new object?[] { $"{t["inFlight"]} · {b.Name}", b.Value, null }));
        rows.AddRange(d.Funnel.Select(b => new object?[] { $"{t["funnel"]} · {b.Name}", b.Value, null }));
        rows.AddRange(d.DonePerDay.Select(b => new object?[] { $"{t["donePerDay"]} · {b.Name}", b.Value, null }));
        string[] headers = language == Language.ZhCn ? ["指标", "数值", "目标"] : ["Figure", "Value", "Target"];
        return new ExportTable(language == Language.ZhCn ? "仪表盘" : "Dashboard", headers, rows);
    }
}

// The kanban page's filters, as it sends them with an export: owner ("-" for unclaimed), priority, period.
public sealed record BoardFilter(string? Owner, string? Priority, string? Period)
{
    public bool Matches(BoardTask task) =>
        (string.IsNullOrEmpty(Owner) || (Owner == "-" ? task.OwnerId is null : task.OwnerId == Owner))
        && (string.IsNullOrEmpty(Priority) || task.Priority == Priority)
        && (string.IsNullOrEmpty(Period) || task.Period == Period);
}
