using NorthPool.Localization;
using NorthPool.Storage;

namespace NorthPool.CardViews;

public static class HistoryText
{
    // "11-24 09:30 张伟 暂停：执行中 → 暂停 · 等待客户反馈", in the team's time zone.
    public static string Line(AuditEntry entry, Language language, DisplayClock clock) => Texts.Get(language, TextId.HistoryLine,
        clock.Local(entry.At).ToString("MM-dd HH:mm", language.Culture()),
        entry.ActorName ?? entry.ActorId,
        Texts.Verb(language, entry.Trigger),
        Texts.State(language, entry.From),
        Texts.State(language, entry.To),
        entry.Reason is { } reason ? $" · {reason}" : "");
}
