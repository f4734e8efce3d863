using NorthPool.Localization;
using NorthPool.Members;
using NorthPool.Tasks;

namespace NorthPool.Commands;

// One localized sentence per TransitionResult.
public sealed class MoveReplies(WhoMay whoMay, PoolNames pools, DisplayClock clock)
{
    public string Format(TransitionResult result, TaskMove move, Language language) => result switch
    {
        TransitionResult.Applied applied => Applied(applied.Task, move, language),
        TransitionResult.NotFound notFound => Texts.Get(language, TextId.TaskNotFound, notFound.TaskId),
        TransitionResult.Illegal illegal => Texts.Get(language, TextId.IllegalMove,
            Texts.Verb(language, illegal.Trigger), TaskLabel.Of(illegal.Task), Texts.State(language, illegal.Task.State), Allowed(illegal.Allowed, language)),
        TransitionResult.Forbidden forbidden => whoMay.Refusal(TaskMoveRules.For(forbidden.Trigger), forbidden.Task, language,
            Texts.Action(language, forbidden.Trigger, TaskLabel.Of(forbidden.Task)), code => pools.ShortName(code, language)),
        TransitionResult.AlreadyClaimed claimed => Texts.Get(language, TextId.AlreadyClaimed,
            TaskLabel.Of(claimed.Task), claimed.Task.OwnerName, Texts.State(language, claimed.Task.State)),
        TransitionResult.AlreadyYours yours => Texts.Get(language, TextId.AlreadyYours, TaskLabel.Of(yours.Task), Texts.State(language, yours.Task.State)),
        TransitionResult.ReasonRequired required => Texts.Get(language, TextId.ReasonRequired,
            Texts.Verb(language, required.Trigger), MoveExamples.For(required.Trigger, language).Replace("BD-001", required.Task.Id, StringComparison.Ordinal)),
        TransitionResult.InvalidProgress invalid => Texts.Get(language, TextId.ProgressInvalid,
            MoveExamples.For(TaskTrigger.Progress, language).Replace("BD-001", invalid.Task.Id, StringComparison.Ordinal)),
        TransitionResult.NotAQuota notAQuota => Texts.Get(language, TextId.NotAQuota, TaskLabel.Of(notAQuota.Task),
            MoveExamples.For(TaskTrigger.Progress, language).Replace("BD-001", notAQuota.Task.Id, StringComparison.Ordinal)),
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };

    private string DueText(TaskInstance task, Language language) =>
        task.DueAt is { } due ? clock.Local(due).ToString("yyyy-MM-dd", language.Culture()) : "—";

    private string Applied(TaskInstance task, TaskMove move, Language language)
    {
        var label = TaskLabel.Of(task);
        var state = Texts.State(language, task.State);
        return move.Trigger switch
        {
            TaskTrigger.Claim => Texts.Get(language, TextId.Claimed, label, state, task.Id),
            TaskTrigger.Pause => Texts.Get(language, TextId.Paused, label, move.Reason, task.Id),
            TaskTrigger.Resume => Texts.Get(language, TextId.Resumed, label, state),
            TaskTrigger.Finish => Texts.Get(language, TextId.Finished, label),
            TaskTrigger.Cancel => Texts.Get(language, TextId.Cancelled, label, move.Reason),
            TaskTrigger.Release => Texts.Get(language, TextId.Released, label, state),
            TaskTrigger.Assign => Texts.Get(language, TextId.Assigned, label, task.OwnerName, state),
            TaskTrigger.Prioritise => Texts.Get(language, TextId.Prioritised, label, task.Priority),
            TaskTrigger.Redate => Texts.Get(language, TextId.Redated, label, DueText(task, language)),
            TaskTrigger.Log => Texts.Get(language, TextId.Logged, label, move.Units, task.Quota!.Unit, move.Reason is { } note ? (language == Language.ZhCn ? $"（{note}）" : $" ({note})") : "", task.Quota),
            _ => Texts.Get(language, TextId.ProgressUpdated, label, task.Progress, task.ProgressNote is { } note ? $" · {note}" : ""),
        };
    }

    private static string Allowed(IReadOnlyList<TaskTrigger> allowed, Language language) =>
        allowed.Count == 0
            ? Texts.Get(language, TextId.NoMovesAllowed)
            : string.Join(language.ListSeparator(), allowed.Select(t => Texts.Verb(language, t)));
}
