namespace NorthPool.Pools;

// The catalog's daily_targets (plan §10.2).
public sealed record DailyTargets(int InFlightMin, int DoneTodayMin, int CompletionRateMinPercent)
{
    public static readonly DailyTargets Plan = new(50, 6, 80);
}
