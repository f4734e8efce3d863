using NorthPool.Localization;
using NorthPool.Storage;
using NorthPool.Tasks;

namespace NorthPool.CardViews;

public static class HistoryText
{
    // "11-24 09:30 张伟 暂停：执行中 → 暂停 · 等待客户反馈", in the team's time zone. Rows the pool wrote itself
    // (opened, overdue) and quota logs read as sentences of their own.
    public static string Line(AuditEntry entry, Language language, DisplayClock clock)
    {
        var at = clock.Local(entry.At).ToString("MM-dd HH:mm", language.Culture());
        return entry.Trigger switch
        {
            TaskTrigger.Create => Texts.Get(language, TextId.HistoryCreated, at, entry.ActorName ?? entry.ActorId),
            TaskTrigger.Redate => Texts.Get(language, TextId.HistoryRedated, at, entry.ActorName ?? entry.ActorId,
                entry.DueAt is { } due ? clock.Local(due).ToString("yyyy-MM-dd", language.Culture()) : "—"),
            TaskTrigger.Expire => Texts.Get(language, TextId.HistoryExpired, at),
            TaskTrigger.Overdue => Texts.Get(language, TextId.HistoryOverdue, at, Texts.State(language, entry.To)),
            TaskTrigger.Log when entry.Tally is null => Texts.Get(language, TextId.HistoryRecorded, at, entry.ActorName ?? entry.ActorId, entry.Reason is { } note ? $" · {note}" : ""),
            TaskTrigger.Log => Texts.Get(language, TextId.HistoryLogged, at, entry.ActorName ?? entry.ActorId, entry.Tally, entry.Reason is { } note ? $" · {note}" : ""),
            _ => Texts.Get(language, TextId.HistoryLine, at,
                entry.ActorName ?? entry.ActorId,
                Texts.Verb(language, entry.Trigger),
                Texts.State(language, entry.From),
                Texts.State(language, entry.To),
                entry.Reason is { } reason ? $" · {reason}" : ""),
        };
    }
}
