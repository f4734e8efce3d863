using NorthPool.Localization;

namespace NorthPool.Board;

// The page's words. The page has none of its own: it draws what the server sends in the viewer's language.
public static class BoardTexts
{
    public static IReadOnlyDictionary<string, string> For(Language language) => language == Language.ZhCn ? ZhCn : EnUs;

    public static string Column(BoardColumn column, Language language) => For(language)["column." + column];

    private static readonly Dictionary<string, string> ZhCn = new()
    {
        ["title"] = "NorthPool 任务看板",
        ["column.Todo"] = "待办", ["column.InProgress"] = "执行中", ["column.FollowUp"] = "客户跟进", ["column.Done"] = "已完成", ["column.Exception"] = "异常",
        ["filter.owner"] = "负责人", ["filter.priority"] = "优先级", ["filter.period"] = "周期", ["filter.all"] = "全部", ["filter.unowned"] = "未认领",
        ["localMode"] = "本地模式：仅本机可访问，页面以所选成员的身份操作。",
        ["actingAs"] = "操作身份", ["pauseReason"] = "暂停原因（例如：等待客户反馈）", ["live"] = "实时", ["offline"] = "连接中断，正在重连…",
        ["empty"] = "暂无任务", ["due"] = "截止", ["quota"] = "指标",
        ["export"] = "导出 Excel", ["dashboard"] = "实时看板",
        ["notFound"] = "没有这个任务。", ["noMove"] = "这个任务不能直接拖到「{0}」。",
        ["stranger"] = "NorthPool 还不认识你：请先在 Teams 里给 NorthPool 发一条消息（例如“帮助”），再刷新本页。",
        ["signIn"] = "正在通过 Teams 登录…", ["signInFailed"] = "无法通过 Teams 登录：请在 Teams 的 NorthPool 标签页中打开本页。",
        ["expired"] = "登录已失效，请刷新本页。",
        ["flag.Overdue"] = "已逾期", ["flag.PausedTooLong"] = "暂停超过 {0} 小时", ["flag.Untouched"] = "超过 {0} 小时未更新",
        ["flag.Unclaimed"] = "超过 {0} 小时无人认领", ["flag.CustomerStep"] = "客户下一步 {0} 到期",
    };

    private static readonly Dictionary<string, string> EnUs = new()
    {
        ["title"] = "NorthPool task board",
        ["column.Todo"] = "To do", ["column.InProgress"] = "In progress", ["column.FollowUp"] = "Customer follow-up", ["column.Done"] = "Done", ["column.Exception"] = "Exceptions",
        ["filter.owner"] = "Owner", ["filter.priority"] = "Priority", ["filter.period"] = "Period", ["filter.all"] = "All", ["filter.unowned"] = "Unclaimed",
        ["localMode"] = "Local mode: open to this machine only; the page acts as the member chosen here.",
        ["actingAs"] = "Acting as", ["pauseReason"] = "Why it is paused (such as: waiting for the customer)", ["live"] = "Live", ["offline"] = "Disconnected, reconnecting…",
        ["empty"] = "No tasks", ["due"] = "Due", ["quota"] = "Quota",
        ["export"] = "Export to Excel", ["dashboard"] = "Live dashboard",
        ["notFound"] = "There is no such task.", ["noMove"] = "This task cannot be dragged to “{0}”.",
        ["stranger"] = "NorthPool has not met you yet: send NorthPool a message in Teams (such as “help”), then reload this page.",
        ["signIn"] = "Signing in through Teams…", ["signInFailed"] = "Could not sign in through Teams: open this page from NorthPool's tab in Teams.",
        ["expired"] = "Your sign-in has expired; reload this page.",
        ["flag.Overdue"] = "Overdue", ["flag.PausedTooLong"] = "Paused over {0} h", ["flag.Untouched"] = "Not updated for over {0} h",
        ["flag.Unclaimed"] = "Unclaimed for over {0} h", ["flag.CustomerStep"] = "Customer's next step due {0}",
    };
}
