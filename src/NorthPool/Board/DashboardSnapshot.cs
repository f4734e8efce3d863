namespace NorthPool.Board;

// The live dashboard (plan §10.2–10.3) as the page draws it. A figure the store has no data for is null, and the page
// says so instead of showing a zero.
public sealed record DashboardSnapshot(
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyList<DashboardBar> InFlight,
    DashboardToday Today,
    decimal? MonthContractsWan,
    decimal MonthTargetWan,
    decimal? ReceiptsThisWeekWan,
    int? ActiveCustomers,
    decimal? RenewalRatePercent,
    int? Partners,
    IReadOnlyList<DashboardBar> Funnel,
    IReadOnlyList<DashboardBar> DonePerDay,
    IReadOnlyList<string> Warnings);

// Value: a count (or 万 for AmountWan bars).
public sealed record DashboardBar(string Name, decimal Value, decimal? AmountWan = null);

public sealed record DashboardToday(int New, int Done, decimal RatePercent, int DoneTarget, int RateTargetPercent, int InFlight, int InFlightTarget);
