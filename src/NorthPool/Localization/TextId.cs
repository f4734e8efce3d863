namespace NorthPool.Localization;

public enum TextId
{
    StatePooled, StateInProgress, StatePaused, StateDone, StateCancelled,
    VerbClaim, VerbPause, VerbResume, VerbFinish, VerbCancel, VerbRelease, VerbProgress,
    Claimed, Paused, Resumed, Finished, Cancelled, Released, ProgressUpdated,
    TaskNotFound, TaskNotFoundSuggestions, TaskAmbiguous, MissingTaskId,
    IllegalMove, NoMovesAllowed, AlreadyClaimed, AlreadyYours,
    ReasonRequired, ProgressInvalid,
    UnknownCommand, UnknownCommandNoSuggestion, TextTooLong, EmptyCommand,
    ListEmpty, MineHeader, MineEmpty,
    ShowUnassigned, ShowNoHistory,
    HistoryLine,
    LanguageSet, LanguageInvalid,
    Welcome, UnknownCardAction,
    ButtonClaim, ButtonPause, ButtonResume, ButtonFinish, ButtonCancel, ButtonRelease, ButtonProgress, ButtonConfirmPause, ButtonConfirmCancel, ButtonSaveProgress, ButtonOpen, ButtonPreviousPage, ButtonNextPage, ButtonMine, ButtonList,
    LabelPauseReason, LabelCancelReason, PlaceholderReason, ErrorReasonRequired, LabelProgress, ErrorProgressRange, LabelNote, PlaceholderNote, FactOwner, FactPriority, FactProgress, FactDue, CardHistory, PriorityP0,
    PriorityP1, PriorityP2, PriorityP3, ListPage, ListTitleAll, TaskSummary, HelpCardTitle, HelpCardIntro,
    InstructionRecorded, InstructionNoOwner, InstructionNotChairman, InstructionEmpty, DirectiveAcked, DirectiveFulfilled, DirectiveNotFound, DirectiveForbidden, ChairmanSet, ChairmanUsage, ChairmanForbidden,
    ActionClaim, ActionPause, ActionResume, ActionFinish, ActionCancel, ActionRelease, ActionProgress, ActionLog, ActionAssign, ActionPrioritise, ActionRedate, VerbAssign, VerbCreate, HistoryCreated, VerbPrioritise, VerbRedate, Assigned, Prioritised, Redated, AssignUsage, PriorityUsage, DueUsage, DateUnreadable, DateInPast, AssignedToYou, AssignedAway, HistoryRedated, NewUsage, PoolOrTemplateUnknown, Created, HistoryTitle, HistoryNone, HistoryMissedLine, RolesTitle, RolesChairman, RolesLeads, RolesAdmins, RolesNone, LeadSet, LeadUsage,
    OnlyWhoMay, WhoOwner, WhoPoolLead, WhoAnyPoolLead, WhoAdmin, WhoChairman, WhoNobody, WhoOr, HelpHeader,
    VerbLog, VerbOverdue, VerbExpire, HistoryExpired, Logged, NotAQuota, LogUnitsInvalid, TaskNotStarted, ButtonLogOne, LabelLogNote, PlaceholderLogNote,
    FactQuota, FactPeriod, FactDescription, FactOutput, FactFrequency, Overdue, HistoryMissed, HistoryOverdue, HistoryLogged, HistoryRecorded,
    ListTitleDone, ListTitleCancelled, ListTitleOverdue, ListFilterUnknown,
    ReportChannelSet, ReportChannelForbidden, ReportRefreshed, ReportNothingToRefresh, ReportRefreshForbidden, ReportUnknownMode,
}
