using NorthPool.Tasks;

namespace NorthPool.Reports;

// The chairman's report, plan §9.2, section by section. Card and plain text are both drawn from this.
public sealed record ProgressReport(
    DateTimeOffset At,
    string Reporter,
    InFlightSection InFlight,
    CompletionSection Completion,
    CrmFigures Crm,
    IReadOnlyList<KeyTaskLine> KeyTasks,
    WarningSection Warnings,
    IReadOnlyList<TaskInstance> Tomorrow,
    IReadOnlyList<string> OpeningTomorrow)
{
    // Set for a slot sent late (补发): the slot's own time.
    public DateTimeOffset? CatchUpOf { get; init; }

    // Slots since the last delivered report that did not get through (Failed) or were never settled (Sending: a
    // crash mid-send, or an instance that died after claiming the slot); this report names them.
    public IReadOnlyList<UndeliveredSlot> Undelivered { get; init; } = [];

    // The figures of the report sent before this one (▲/▼ of 三); null for the first.
    public ReportSnapshot? Previous { get; init; }

    public ReportSnapshot Snapshot() => new()
    {
        InFlight = InFlight.Total.Value,
        Pools = InFlight.Pools.ToDictionary(p => p.Code, p => p.Count.Value),
        NewToday = Completion.NewToday.Value,
        DoneToday = Completion.DoneToday.Value,
        DoneTotal = Completion.DoneTotal.Value,
        RatePercent = Completion.RatePercent.Value,
        WarnedTasks = Warnings.Count.Value,
        PoolWarnings = Warnings.PoolItems.Count,
        Normal = Warnings.Normal.Value,
        ContractAmountToday = Crm.Sales?.ContractAmountToday,
        ReceiptsToday = Crm.Sales?.ReceiptsToday,
        ContractAmountThisWeek = Crm.Sales?.ContractAmountThisWeek,
        ReceiptsThisWeek = Crm.Sales?.ReceiptsThisWeek,
        MonthDone = Crm.Sales?.MonthDone,
    };
}

// 一 在途任务总数: live instances (待分配 + 执行中 + 暂停) with the split, per pool, and the reserve of plan §11.1: the
// instances free to claim against twice the daily completions (average of the last 7 days; null when none).
public sealed record InFlightSection(ReportNumber Total, IReadOnlyList<PoolCount> Pools)
{
    public int Pooled { get; init; }
    public int InProgress { get; init; }
    public int Paused { get; init; }
    public decimal? DailyDoneAverage { get; init; }
    public decimal? ReserveTarget => DailyDoneAverage is { } average ? Math.Ceiling(2 * average) : null;
}

public sealed record PoolCount(string Code, ReportNumber Count);

// 二 任务完成情况. RatePercent = done / (done + in flight): the share of all live and finished work that is done.
public sealed record CompletionSection(ReportNumber NewToday, ReportNumber DoneToday, ReportNumber DoneTotal, ReportNumber RatePercent);

// 四 重点任务进展
public sealed record KeyTaskLine(TaskInstance Task);

// 八 异常预警. Items are the task warnings (a task may trip several rules) and Count the distinct tasks they name, so
// Count + Normal = in flight; PoolItems are the pool-wide warnings, counted apart and never as tasks.
public sealed record WarningSection(IReadOnlyList<ReportWarning> Items, ReportNumber Count, IReadOnlyList<ReportWarning> PoolItems, ReportNumber PoolCount, ReportNumber Normal);

// A slot before this report that did not reach the channel: Failed (the send was refused), or Interrupted (left
// Sending, so whether it arrived is not known).
public sealed record UndeliveredSlot(DateTimeOffset Slot, bool Interrupted);

// The figures kept with each sent report, to show ▲/▼ in the next one.
public sealed record ReportSnapshot
{
    public decimal InFlight { get; init; }
    public Dictionary<string, decimal> Pools { get; init; } = [];
    public decimal NewToday { get; init; }
    public decimal DoneToday { get; init; }
    public decimal DoneTotal { get; init; }
    public decimal RatePercent { get; init; }
    // Distinct warned tasks, and pool-wide warnings; null in snapshots from before they were counted apart.
    public decimal? WarnedTasks { get; init; }
    public decimal? PoolWarnings { get; init; }
    public decimal Normal { get; init; }

    // 三, in 万; null when the CRM had no sales figures (and in snapshots from before it had).
    public decimal? ContractAmountToday { get; init; }
    public decimal? ReceiptsToday { get; init; }
    public decimal? ContractAmountThisWeek { get; init; }
    public decimal? ReceiptsThisWeek { get; init; }
    public decimal? MonthDone { get; init; }
}
