using NorthPool.Tasks;

namespace NorthPool.Localization;

public static class Texts
{
    public static IReadOnlyDictionary<TextId, string> For(Language language) =>
        language == Language.ZhCn ? TextsZhCn.All : TextsEnUs.All;

    public static string Get(Language language, TextId id, params object?[] args) => language.Format(For(language)[id], args);

    public static string State(Language language, TaskState state) => Get(language, state switch
    {
        TaskState.Pooled => TextId.StatePooled,
        TaskState.InProgress => TextId.StateInProgress,
        TaskState.Paused => TextId.StatePaused,
        TaskState.Done => TextId.StateDone,
        _ => TextId.StateCancelled,
    });

    public static string Verb(Language language, TaskTrigger trigger) => Get(language, trigger switch
    {
        TaskTrigger.Claim => TextId.VerbClaim,
        TaskTrigger.Pause => TextId.VerbPause,
        TaskTrigger.Resume => TextId.VerbResume,
        TaskTrigger.Finish => TextId.VerbFinish,
        TaskTrigger.Cancel => TextId.VerbCancel,
        TaskTrigger.Release => TextId.VerbRelease,
        TaskTrigger.Log => TextId.VerbLog,
        TaskTrigger.Overdue => TextId.VerbOverdue,
        TaskTrigger.Expire => TextId.VerbExpire,
        _ => TextId.VerbProgress,
    });
}
