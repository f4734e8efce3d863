namespace NorthPool.Rhythm;

internal static class RhythmTextsEnUs
{
    public static readonly IReadOnlyDictionary<RhythmText, string> All = new Dictionary<RhythmText, string>
    {
        [RhythmText.DigestTitle] = "🌅 Morning start · {0}",
        [RhythmText.DigestGreeting] = "Good morning, {0}. Here is your day.",
        [RhythmText.DigestGreetingNoName] = "Good morning. Here is your day.",
        [RhythmText.DigestSummary] = "{0} open · {1} due today · {2} overdue · {3} quotas to go",
        [RhythmText.SectionOverdue] = "⚠️ Overdue",
        [RhythmText.SectionDueToday] = "📅 Due today",
        [RhythmText.SectionOtherOwned] = "📋 Also yours",
        [RhythmText.SectionKeyToClaim] = "⭐ Today's key tasks to claim",
        [RhythmText.KeyMark] = "⭐ key",
        [RhythmText.DueOn] = "due {0}",
        [RhythmText.MoreRows] = "…and {0} more",
        [RhythmText.QuotaLeftDay] = "{0} {1} to go today",
        [RhythmText.QuotaLeftWeek] = "{0} {1} to go this week",
        [RhythmText.QuotaLeftMonth] = "{0} {1} to go this month",
        [RhythmText.QuotaLeftQuarter] = "{0} {1} to go this quarter",
        [RhythmText.QuotaLeftHalfYear] = "{0} {1} to go this half-year",
        [RhythmText.QuotaLeftYear] = "{0} {1} to go this year",
        [RhythmText.QuotaLeft] = "{0} {1} to go",
        [RhythmText.ButtonMine] = "My tasks",
        [RhythmText.ButtonList] = "Task pool",
        [RhythmText.ButtonOpen] = "Open",
        [RhythmText.Reminder] = "⏰ {0} {1} starts today at {2}",
        [RhythmText.ReminderUnclaimed] = "⏰ {0} {1} starts today at {2}; nobody has claimed it yet",
        [RhythmText.DueTomorrow] = "📅 {0} is due tomorrow ({1})",
        [RhythmText.Overdue] = "⏰ {0} is overdue (was due {1})",
        [RhythmText.PausedTooLong] = "⏸️ {0} has been paused for {1} hours",
        [RhythmText.Unclaimed] = "📥 {0} has gone unclaimed for {1} hours",
        [RhythmText.NoticesTitle] = "🔔 {0} reminders",
        [RhythmText.Owner] = "owner {0}",
    };
}
