using NorthPool.Localization;

namespace NorthPool.Board;

public static class DashboardTexts
{
    public static IReadOnlyDictionary<string, string> For(Language language) => language == Language.ZhCn ? ZhCn : EnUs;

    private static readonly Dictionary<string, string> ZhCn = new()
    {
        ["title"] = "NorthPool 实时看板", ["kanban"] = "任务看板", ["export"] = "导出 Excel", ["live"] = "实时", ["offline"] = "连接中断，正在重连…", ["noData"] = "暂无数据",
        ["inFlight"] = "各任务池在途任务", ["today"] = "今日", ["new"] = "新增", ["done"] = "完成", ["rate"] = "完成率", ["target"] = "目标",
        ["inFlightTotal"] = "在途总数", ["month"] = "本月合同额", ["receipts"] = "本周回款", ["active"] = "活跃客户", ["renewal"] = "续约率",
        ["partners"] = "合作伙伴", ["funnel"] = "商机漏斗", ["donePerDay"] = "近 30 天每日完成", ["warnings"] = "异常预警", ["noWarnings"] = "无预警",
        ["wan"] = "万", ["count"] = "个", ["met"] = "达标", ["below"] = "未达标",
    };

    private static readonly Dictionary<string, string> EnUs = new()
    {
        ["title"] = "NorthPool live dashboard", ["kanban"] = "Task board", ["export"] = "Export to Excel", ["live"] = "Live", ["offline"] = "Disconnected, reconnecting…", ["noData"] = "No data yet",
        ["inFlight"] = "In flight per pool", ["today"] = "Today", ["new"] = "New", ["done"] = "Done", ["rate"] = "Completion", ["target"] = "Target",
        ["inFlightTotal"] = "In flight", ["month"] = "Contracts this month", ["receipts"] = "Receipts this week", ["active"] = "Active customers", ["renewal"] = "Renewal rate",
        ["partners"] = "Partners", ["funnel"] = "Deal funnel", ["donePerDay"] = "Done per day, last 30 days", ["warnings"] = "Warnings", ["noWarnings"] = "No warnings",
        ["wan"] = "×10k", ["count"] = "", ["met"] = "met", ["below"] = "below target",
    };
}
