using System.Text;
using NorthPool.Localization;
using NorthPool.Storage;
using NorthPool.Tasks;

namespace NorthPool.Commands;

public sealed class ShowCommand(TaskStore store, TaskResolver resolver, PoolNames pools, DisplayClock clock)
{
    public Reply Handle(string args, CommandContext context)
    {
        var language = context.Language;
        var (reference, _) = TaskReference.Split(args);
        if (reference.Length == 0)
            return new Reply(Texts.Get(language, TextId.MissingTaskId, language == Language.ZhCn ? "查看 BD-001" : "show BD-001"));

        return resolver.Resolve(reference) switch
        {
            TaskResolution.Found found => new Reply(Details(found.Task, language)),
            TaskResolution.Ambiguous ambiguous => new Reply(TaskLookupReplies.Ambiguous(ambiguous, language)),
            TaskResolution.NotFound notFound => new Reply(TaskLookupReplies.NotFound(notFound, language)),
            _ => throw new InvalidOperationException("unreachable"),
        };
    }

    private string Details(TaskInstance task, Language language)
    {
        var lines = new List<string>
        {
            Texts.Get(language, TextId.ShowHeader, TaskLabel.Of(task)),
            Texts.Get(language, TextId.ShowPool, pools.Name(task.Pool, language)),
            Texts.Get(language, TextId.ShowState, Texts.State(language, task.State)),
            Texts.Get(language, TextId.ShowOwner, task.OwnerName ?? Texts.Get(language, TextId.ShowUnassigned)),
            Texts.Get(language, TextId.ShowPriority, task.Priority),
            Texts.Get(language, TextId.ShowProgress, task.Progress, task.ProgressNote is { } note ? $" · {note}" : ""),
        };
        if (task.DueAt is { } due)
            lines.Add(Texts.Get(language, TextId.ShowDue, clock.Local(due).ToString("yyyy-MM-dd", language.Culture())));

        var history = store.History(task.Id, 3);
        var text = new StringBuilder(string.Join("\n\n", lines)).Append("\n\n").Append(Texts.Get(language, TextId.ShowHistory));
        if (history.Count == 0)
            text.Append(' ').Append(Texts.Get(language, TextId.ShowNoHistory));
        foreach (var entry in history)
            text.Append('\n').Append(HistoryLine(entry, language));
        return text.ToString();
    }

    private string HistoryLine(AuditEntry entry, Language language) => Texts.Get(language, TextId.HistoryLine,
        clock.Local(entry.At).ToString("MM-dd HH:mm", language.Culture()),
        entry.ActorName ?? entry.ActorId,
        Texts.Verb(language, entry.Trigger),
        Texts.State(language, entry.From),
        Texts.State(language, entry.To),
        entry.Reason is { } reason ? $" · {reason}" : "");
}
