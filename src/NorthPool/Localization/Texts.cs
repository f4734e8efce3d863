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
        TaskTrigger.Assign => TextId.VerbAssign,
        TaskTrigger.Create => TextId.VerbCreate,
        TaskTrigger.Prioritise => TextId.VerbPrioritise,
        TaskTrigger.Redate => TextId.VerbRedate,
        _ => TextId.VerbProgress,
    });

    // The deed a refusal names: "只有负责人 张伟 可以更新 [BD-011-2026W48] 南方电网拓展 的进度。"
    public static string Action(Language language, TaskTrigger trigger, string task) => Get(language, trigger switch
    {
        TaskTrigger.Claim => TextId.ActionClaim,
        TaskTrigger.Pause => TextId.ActionPause,
        TaskTrigger.Resume => TextId.ActionResume,
        TaskTrigger.Finish => TextId.ActionFinish,
        TaskTrigger.Cancel => TextId.ActionCancel,
        TaskTrigger.Release => TextId.ActionRelease,
        TaskTrigger.Log => TextId.ActionLog,
        TaskTrigger.Assign => TextId.ActionAssign,
        TaskTrigger.Prioritise => TextId.ActionPrioritise,
        TaskTrigger.Redate => TextId.ActionRedate,
        _ => TextId.ActionProgress,
    }, task);
}
