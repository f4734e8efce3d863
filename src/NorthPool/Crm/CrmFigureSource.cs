using Microsoft.Extensions.Options;
using NorthPool.Pools;
using NorthPool.Reports;
using NorthPool.Storage;

namespace NorthPool.Crm;

// The report's CRM figures: 三 from contracts and receipts, 五 from customers, visits and opportunities; 六 and 七 need
// tickets and partners, which the CRM does not keep yet, so they say so. Reads are bounded: the key customers (IsKey
// index), each one's last visit (newest first, one row), this week's visits (At index), the open opportunities.
public sealed class CrmFigureSource(NorthPoolDb db, CrmStore store, TargetProgress targets, IOptions<ReportOptions> options) : ICrmFigureSource
{
    public CrmFigures Read(DateTimeOffset at, TimeZoneInfo zone)
    {
        var calendar = new PeriodCalendar(zone);
        var today = calendar.Today(at);
        var week = Period.Containing(Cadence.Week, today);
        return CrmFigures.Empty(options.Value.MonthlyContractTargetWan) with
        {
            Sales = Sales(today, week.Start),
            Customers = Customers(at, calendar, calendar.StartOf(week)),
        };
    }

    // 三: contracts by signing date and receipts by receiving date, today, this week and this month, in 万.
    private SalesFigures? Sales(DateOnly today, DateOnly monday)
    {
        if (db.Contracts.Query().Limit(1).FirstOrDefault() is null && db.Receipts.Query().Limit(1).FirstOrDefault() is null)
            return null;
        var first = Period.Containing(Cadence.Month, today).Start;
        var contracts = targets.SignedBetween(monday < first ? monday : first, today);
        var receipts = targets.ReceivedBetween(monday, today);
        static decimal Wan(IEnumerable<decimal> yuan) => yuan.Sum() / Amount.Wan;
        return new SalesFigures(
            contracts.Count(c => c.SignedOn == today), Wan(contracts.Where(c => c.SignedOn == today).Select(c => c.Amount)),
            Wan(receipts.Where(r => r.ReceivedOn == today).Select(r => r.Amount)),
            contracts.Count(c => c.SignedOn >= monday), Wan(contracts.Where(c => c.SignedOn >= monday).Select(c => c.Amount)),
            Wan(receipts.Select(r => r.Amount)),
            Wan(contracts.Where(c => c.SignedOn >= first).Select(c => c.Amount)))
        {
            PipelineWan = targets.MonthEnd(today).WeightedPipeline / Amount.Wan,
        };
    }

    private CustomerFigures? Customers(DateTimeOffset at, PeriodCalendar calendar, DateTimeOffset weekStart)
    {
        if (db.Customers.Query().Limit(1).FirstOrDefault() is null)
            return null;
        var today = calendar.Today(at);
        var week = db.Visits.Query().Where("$.At >= @0 AND $.At <= @1", weekStart.UtcDateTime, at.UtcDateTime).ToList();

        var keys = store.KeyCustomers().Select(customer =>
        {
            var last = store.RecentVisits(customer.Id, 1).FirstOrDefault(v => v.At <= at);
            return new KeyCustomerLine(customer.Label, customer.Name, last is null ? null : new LastContact(
                TimeZoneInfo.ConvertTime(last.At, calendar.Zone), last.ByName ?? last.ById, last.Summary, last.NextStep, last.NextStepOn,
                today.DayNumber - calendar.Today(last.At).DayNumber));
        }).ToList();
        var figures = new CustomerFigures(keys.Count, week.Count, week.Select(v => v.CustomerId).Distinct().Count(), keys);
        if (db.Opportunities.Query().Limit(1).FirstOrDefault() is null)
            return figures;
        // 商务谈判中: customers with a deal at 谈判; 预计签约: customers with a deal expected to close by the month's end.
        var open = store.OpenOpportunities(OpportunityCommand.MaxInFunnel);
        var monthEnd = Period.Containing(Cadence.Month, today).End.AddDays(-1);
        return figures with
        {
            InNegotiation = open.Where(o => o.Stage == OpportunityStage.Negotiation).Select(o => o.CustomerId).Distinct().Count(),
            ExpectedToSign = open.Where(o => o.ExpectedClose is { } close && close <= monthEnd).Select(o => o.CustomerId).Distinct().Count(),
        };
    }
}
