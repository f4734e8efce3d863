namespace NorthPool.Localization;

internal static class TextsEnUs
{
    public static readonly IReadOnlyDictionary<TextId, string> All = new Dictionary<TextId, string>
    {
        [TextId.StatePooled] = "Open",
        [TextId.StateInProgress] = "In progress",
        [TextId.StatePaused] = "Paused",
        [TextId.StateDone] = "Done",
        [TextId.StateCancelled] = "Cancelled",
        [TextId.VerbClaim] = "claim",
        [TextId.VerbPause] = "pause",
        [TextId.VerbResume] = "resume",
        [TextId.VerbFinish] = "finish",
        [TextId.VerbCancel] = "cancel",
        [TextId.VerbRelease] = "release",
        [TextId.VerbProgress] = "progress",
        [TextId.Claimed] = "✅ Claimed {0}. State: {1}. Send \"finish {2}\" when it is done.",
        [TextId.Paused] = "⏸️ Paused {0}. Reason: {1}. Send \"resume {2}\" to pick it up again.",
        [TextId.Resumed] = "▶️ Resumed {0}. State: {1}.",
        [TextId.Finished] = "🎉 Finished {0}. Well done!",
        [TextId.Cancelled] = "🛑 Cancelled {0}. Reason: {1}.",
        [TextId.Released] = "↩️ Released {0}; it is back in the pool ({1}).",
        [TextId.ProgressUpdated] = "📈 {0} progress set to {1}%{2}.",
        [TextId.TaskNotFound] = "No task matches \"{0}\". Send \"list\" to see all tasks.",
        [TextId.TaskNotFoundSuggestions] = "No task matches \"{0}\". Did you mean: {1}?",
        [TextId.TaskAmbiguous] = "\"{0}\" matches several tasks: {1}. Please use the task id.",
        [TextId.MissingTaskId] = "Please name a task, for example: {0}",
        [TextId.IllegalMove] = "Cannot {0} {1}: it is \"{2}\". Allowed now: {3}.",
        [TextId.NoMovesAllowed] = "nothing (the task is closed)",
        [TextId.Forbidden] = "Only the owner, {0}, can {1} {2}.",
        [TextId.ForbiddenCancel] = "Only the owner, {0}, or an admin can cancel {1}.",
        [TextId.AlreadyClaimed] = "{0} was already claimed by {1} ({2}); you cannot claim it.",
        [TextId.AlreadyYours] = "{0} is already yours ({1}).",
        [TextId.ReasonRequired] = "To {0} a task, give a reason, for example: {1}",
        [TextId.ProgressInvalid] = "Progress must be a whole number from 0 to 100, for example: {0}",
        [TextId.UnknownCommand] = "Unknown command \"{0}\". Did you mean \"{1}\"? Send \"help\" for all commands.",
        [TextId.TextTooLong] = "That message is too long ({0} characters; the limit is {1}). Nothing was changed.",
        [TextId.EmptyCommand] = "Please type a command; send \"help\" for the list.",
        [TextId.Help] = """
            **NorthPool task pool commands** (with or without "/", English or Chinese)

            - claim BD-001 — take a task
            - pause BD-001 waiting for the customer — pause (reason required)
            - resume BD-001 — pick it up again
            - progress BD-001 60% visited 3 customers — update progress
            - finish BD-001 — mark it done
            - cancel BD-001 scope changed — cancel (reason required)
            - release BD-001 — put it back in the pool
            - show BD-001 — task details
            - list [BD] — tasks in flight (optionally one pool)
            - mine — your tasks
            - lang zh|en — reply language
            - report [text|refresh] — the current progress report (card, plain text, or refresh the one sent: admins and the chairman only)
            - instruct BD-003 hand in the bid this week — the chairman's instruction
            """,
        [TextId.ListEmpty] = "{0}: nothing in flight.",
        [TextId.PoolNotFound] = "No pool named \"{0}\". Pools: {1}.",
        [TextId.MineHeader] = "👤 Your tasks ({0})",
        [TextId.MineEmpty] = "You have no tasks. Send \"list\" to browse the pools, then \"claim BD-001\".",
        [TextId.ShowUnassigned] = "unassigned",
        [TextId.ShowNoHistory] = "no history yet",
        [TextId.HistoryLine] = "{0} {1} {2}: {3} → {4}{5}",
        [TextId.LanguageSet] = "OK, I will reply in English from now on.",
        [TextId.LanguageInvalid] = "Please choose zh or en, for example: lang zh",
        [TextId.Welcome] = "Hi, I am NorthPool, your task pool assistant. Send \"help\" for commands, e.g. \"claim BD-001\".",
        [TextId.UnknownCardAction] = "That card action was not recognised; nothing was changed.",
        [TextId.ButtonClaim] = "Claim",
        [TextId.ButtonPause] = "Pause",
        [TextId.ButtonResume] = "Resume",
        [TextId.ButtonFinish] = "Finish",
        [TextId.ButtonCancel] = "Cancel task",
        [TextId.ButtonRelease] = "Release",
        [TextId.ButtonProgress] = "Update progress",
        [TextId.ButtonConfirmPause] = "Pause now",
        [TextId.ButtonConfirmCancel] = "Cancel now",
        [TextId.ButtonSaveProgress] = "Save progress",
        [TextId.ButtonOpen] = "Open",
        [TextId.ButtonPreviousPage] = "Previous",
        [TextId.ButtonNextPage] = "Next",
        [TextId.ButtonMine] = "My tasks",
        [TextId.ButtonList] = "All tasks",
        [TextId.LabelPauseReason] = "Why pause?",
        [TextId.LabelCancelReason] = "Why cancel?",
        [TextId.PlaceholderReason] = "e.g. waiting for the customer",
        [TextId.ErrorReasonRequired] = "Please give a reason",
        [TextId.LabelProgress] = "Progress (0–100)",
        [TextId.ErrorProgressRange] = "Enter a whole number from 0 to 100",
        [TextId.LabelNote] = "Note (optional)",
        [TextId.PlaceholderNote] = "e.g. visited 8 customers this week",
        [TextId.FactOwner] = "Owner",
        [TextId.FactPriority] = "Priority",
        [TextId.FactProgress] = "Progress",
        [TextId.FactDue] = "Due",
        [TextId.CardHistory] = "Recent history",
        [TextId.PriorityP0] = "P0 · highest",
        [TextId.PriorityP1] = "P1 · high",
        [TextId.PriorityP2] = "P2 · medium",
        [TextId.PriorityP3] = "P3 · low",
        [TextId.ListPage] = "Page {0} of {1} · {2} tasks",
        [TextId.ListTitleAll] = "📋 Tasks in flight",
        [TextId.TaskSummary] = "{0} · {1}",
        [TextId.HelpCardTitle] = "NorthPool task pool commands",
        [TextId.HelpCardIntro] = "Type a command (with or without \"/\", English or Chinese; @mention NorthPool in group chats and channels), or use the buttons on task cards.",
        [TextId.ReportChannelSet] = "✅ This channel now gets the progress report at {0} o'clock ({1}).",
        [TextId.ReportChannelForbidden] = "Only an admin can choose the report channel.",
        [TextId.ReportRefreshed] = "Updated the report card of {0} (data as of {1}).",
        [TextId.ReportNothingToRefresh] = "No scheduled report has been sent yet. Send \"report\" for the current one.",
        [TextId.ReportRefreshForbidden] = "Only an admin or the chairman can refresh the report card.",
        [TextId.ReportUnknownMode] = "There is no report mode '{0}'. Use: report (the card), report text (文本), report refresh (刷新).",
        [TextId.InstructionRecorded] = "📝 Instruction #{0} recorded; owner: {1}, notified in a personal chat.",
        [TextId.InstructionNoOwner] = "📝 Instruction #{0} recorded, but nobody owns it: @mention the owner or name a claimed task.",
        [TextId.InstructionNotChairman] = "Only the chairman can give instructions.",
        [TextId.InstructionEmpty] = "Please write the instruction, e.g. /instruct BD-003 hand in the bid this week",
        [TextId.DirectiveAcked] = "Instruction #{0} acknowledged: in progress.",
        [TextId.DirectiveFulfilled] = "Instruction #{0} is done. Thank you!",
        [TextId.DirectiveNotFound] = "No instruction #{0}.",
        [TextId.DirectiveForbidden] = "Only the owner or the chairman can update instruction #{0}.",
        [TextId.ChairmanSet] = "{0} is now the chairman; only they can give instructions.",
        [TextId.ChairmanUsage] = "@mention the member to make chairman, e.g. /set-chairman @Wang",
        [TextId.ChairmanForbidden] = "Only an admin can name the chairman.",
    };
}
