namespace NorthPool.Rhythm;

internal static class RhythmTextsZhCn
{
    public static readonly IReadOnlyDictionary<RhythmText, string> All = new Dictionary<RhythmText, string>
    {
        [RhythmText.DigestTitle] = "🌅 晨间启动 · {0}",
        [RhythmText.DigestGreeting] = "{0}，早上好！今天的任务如下。",
        [RhythmText.DigestGreetingNoName] = "早上好！今天的任务如下。",
        [RhythmText.DigestSummary] = "在办 {0} 项 · 今天到期 {1} 项 · 已逾期 {2} 项 · 配额未完成 {3} 项",
        [RhythmText.SectionOverdue] = "⚠️ 已逾期",
        [RhythmText.SectionDueToday] = "📅 今天到期",
        [RhythmText.SectionOtherOwned] = "📋 其他在办",
        [RhythmText.SectionKeyToClaim] = "⭐ 今日重点（可认领）",
        [RhythmText.KeyMark] = "⭐ 重点",
        [RhythmText.DueOn] = "截止 {0}",
        [RhythmText.MoreRows] = "…另有 {0} 项",
        [RhythmText.QuotaLeftDay] = "今天还差 {0} {1}",
        [RhythmText.QuotaLeftWeek] = "本周还差 {0} {1}",
        [RhythmText.QuotaLeftMonth] = "本月还差 {0} {1}",
        [RhythmText.QuotaLeftQuarter] = "本季度还差 {0} {1}",
        [RhythmText.QuotaLeftHalfYear] = "本半年还差 {0} {1}",
        [RhythmText.QuotaLeftYear] = "今年还差 {0} {1}",
        [RhythmText.QuotaLeft] = "还差 {0} {1}",
        [RhythmText.ButtonMine] = "我的任务",
        [RhythmText.ButtonList] = "任务池",
        [RhythmText.ButtonOpen] = "查看",
        [RhythmText.Reminder] = "⏰ {0} {1} 今天 {2} 开始",
        [RhythmText.ReminderUnclaimed] = "⏰ {0} {1} 今天 {2} 开始，尚无人认领",
        [RhythmText.DueTomorrow] = "📅 {0} 明天到期（{1}）",
        [RhythmText.Overdue] = "⏰ {0} 已逾期（截止 {1}）",
        [RhythmText.PausedTooLong] = "⏸️ {0} 已暂停 {1} 小时",
        [RhythmText.Unclaimed] = "📥 {0} 已 {1} 小时无人认领",
        [RhythmText.NoticesTitle] = "🔔 {0} 条提醒",
        [RhythmText.Owner] = "负责人 {0}",
    };
}
