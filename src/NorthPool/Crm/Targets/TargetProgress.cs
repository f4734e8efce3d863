using NorthPool.Pools;
using NorthPool.Storage;

namespace NorthPool.Crm;

// The year so far against each annual target, and the month-end landing forecast: signed this month plus the open
// deals expected to close by the month's end, each weighted by its stage's win rate. Reads are bounded by a year's
// contracts and receipts (their date indexes) and the open deals.
public sealed class TargetProgress(NorthPoolDb db, OpportunityStore opportunities, ContractStore contracts, AnnualTargets targets)
{
    public IReadOnlyList<TargetStanding> Standings(DateOnly today)
    {
        var from = Period.Containing(Cadence.Year, today).Start;
        var signed = SignedBetween(from, today);
        var yearShare = Math.Round(100m * today.DayOfYear / (DateTime.IsLeapYear(today.Year) ? 366 : 365), 1);
        return
        [
            .. targets.For(today.Year).Select(target => new TargetStanding(target, target.Metric switch
            {
                "contract_amount" => signed.Sum(c => c.Amount),
                "receipt_amount" => ReceivedBetween(from, today).Sum(r => r.Amount),
                "active_customers" => db.Customers.Count(LiteDB.BsonExpression.Create("$.Status = @0", nameof(CustomerStatus.Active))),
                "product_revenue" => signed.Where(c => c.ProductLine is not null).Sum(c => c.Amount),
                // Partners on file and not ended; no data until the first one is recorded.
                "renewal_rate" => contracts.RenewalRatePercent(today),
                "partners" => db.Partners.Query().Limit(1).FirstOrDefault() is null ? null
                    : db.Partners.Count(LiteDB.BsonExpression.Create("$.State != @0", nameof(PartnerState.Ended))),
                _ => (decimal?)null,
            }, yearShare)),
        ];
    }

    public decimal? MonthTarget(string metric, DateOnly today) => targets.Month(metric, today.Year, today.Month);

    // The money targets an admin set for this month, against the month so far.
    public IReadOnlyList<MonthStanding> MonthStandings(DateOnly today)
    {
        var month = Period.Containing(Cadence.Month, today);
        var set = targets.Shipped.Where(t => t.Kind == TargetKind.Money)
            .Select(t => (Target: t, Value: targets.Month(t.Metric, today.Year, today.Month))).Where(t => t.Value is not null).ToList();
        if (set.Count == 0)
            return [];
        var signed = SignedBetween(month.Start, today);
        return
        [
            .. set.Select(t => new MonthStanding(t.Target with { Value = t.Value!.Value }, t.Target.Metric switch
            {
                "contract_amount" => signed.Sum(c => c.Amount),
                "receipt_amount" => ReceivedBetween(month.Start, today).Sum(r => r.Amount),
                "product_revenue" => signed.Where(c => c.ProductLine is not null).Sum(c => c.Amount),
                _ => 0m,
            })),
        ];
    }

    public MonthEndForecast MonthEnd(DateOnly today)
    {
        var month = Period.Containing(Cadence.Month, today);
        var last = month.End.AddDays(-1);
        var signed = SignedBetween(month.Start, last).Sum(c => c.Amount);
        var pipeline = opportunities.Open(OpportunityCommand.MaxInFunnel)
            .Where(o => o.ExpectedClose is { } close && close <= last)
            .Sum(o => o.Amount * OpportunityStages.Probability(o.Stage));
        return new MonthEndForecast(signed, pipeline);
    }

    // Contracts signed and receipts received on the days from..to, both included, through their date indexes.
    public List<Contract> SignedBetween(DateOnly from, DateOnly to) =>
        db.Contracts.Query().Where("$.SignedOn >= @0 AND $.SignedOn <= @1", NorthPoolDb.Date(from), NorthPoolDb.Date(to)).ToList();

    public List<Receipt> ReceivedBetween(DateOnly from, DateOnly to) =>
        db.Receipts.Query().Where("$.ReceivedOn >= @0 AND $.ReceivedOn <= @1", NorthPoolDb.Date(from), NorthPoolDb.Date(to)).ToList();
}

// Actual is null where the CRM does not keep the figure yet (renewals, partners).
public sealed record TargetStanding(AnnualTarget Target, decimal? Actual, decimal YearSharePercent)
{
    public decimal? CompletionPercent => Actual is { } actual && Target.Kind != TargetKind.MinPercent && Target.Value > 0
        ? Math.Round(100m * actual / Target.Value, 1)
        : null;
}

public sealed record MonthStanding(AnnualTarget Target, decimal Actual)
{
    public decimal CompletionPercent => Target.Value > 0 ? Math.Round(100m * Actual / Target.Value, 1) : 0;
}

// Yuan.
public sealed record MonthEndForecast(decimal Signed, decimal WeightedPipeline)
{
    public decimal Total => Signed + WeightedPipeline;
}
