namespace NorthPool.Localization;

public enum TextId
{
    StatePooled, StateInProgress, StatePaused, StateDone, StateCancelled,
    VerbClaim, VerbPause, VerbResume, VerbFinish, VerbCancel, VerbRelease, VerbProgress,
    Claimed, Paused, Resumed, Finished, Cancelled, Released, ProgressUpdated,
    TaskNotFound, TaskNotFoundSuggestions, TaskAmbiguous, MissingTaskId,
    IllegalMove, NoMovesAllowed, Forbidden, ForbiddenCancel, AlreadyClaimed, AlreadyYours,
    ReasonRequired, ProgressInvalid,
    UnknownCommand, TextTooLong, EmptyCommand,
    Help,
    ListHeader, ListEmpty, ListLine, PoolNotFound, MineHeader, MineEmpty,
    ShowHeader, ShowPool, ShowState, ShowOwner, ShowUnassigned, ShowProgress, ShowDue, ShowPriority, ShowHistory, ShowNoHistory,
    HistoryLine,
    LanguageSet, LanguageInvalid,
    Welcome, UnknownCardAction,
}
