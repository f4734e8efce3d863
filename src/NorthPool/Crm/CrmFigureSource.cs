using Microsoft.Extensions.Options;
using NorthPool.Reports;
using NorthPool.Storage;

namespace NorthPool.Crm;

// The report's CRM figures: 三 from contracts and receipts, 五 from customers, visits and opportunities; 六 and 七 need
// tickets and partners, which the CRM does not keep yet, so they say so. Reads are bounded: the key customers (IsKey
// index), each one's last visit (newest first, one row), this week's visits (At index), the open opportunities.
public sealed class CrmFigureSource(NorthPoolDb db, CrmStore store, TargetProgress targets, IOptions<ReportOptions> options) : ICrmFigureSource
{
    public CrmFigures Read(DateTimeOffset at, TimeZoneInfo zone) =>
        CrmFigures.Empty(options.Value.MonthlyContractTargetWan) with { Sales = Sales(at, zone), Customers = Customers(at, zone) };

    // 三: contracts by signing date and receipts by receiving date, today, this week and this month, in 万.
    private SalesFigures? Sales(DateTimeOffset at, TimeZoneInfo zone)
    {
        if (db.Contracts.Query().Limit(1).FirstOrDefault() is null && db.Receipts.Query().Limit(1).FirstOrDefault() is null)
            return null;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var first = new DateOnly(today.Year, today.Month, 1);
        var from = monday < first ? monday : first;
        string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var contracts = db.Contracts.Query().Where("$.SignedOn >= @0 AND $.SignedOn <= @1", Day(from), Day(today)).ToList();
        var receipts = db.Receipts.Query().Where("$.ReceivedOn >= @0 AND $.ReceivedOn <= @1", Day(monday), Day(today)).ToList();
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

    private CustomerFigures? Customers(DateTimeOffset at, TimeZoneInfo zone)
    {
        if (db.Customers.Query().Limit(1).FirstOrDefault() is null)
            return null;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var weekStart = Instant(monday, zone);
        var week = db.Visits.Query().Where("$.At >= @0 AND $.At <= @1", weekStart.UtcDateTime, at.UtcDateTime).ToList();

        var keys = store.KeyCustomers().Select(customer =>
        {
            var last = store.RecentVisits(customer.Id, 1).FirstOrDefault(v => v.At <= at);
            return new KeyCustomerLine(customer.Label, customer.Name, last is null ? null : new LastContact(
                TimeZoneInfo.ConvertTime(last.At, zone), last.ByName ?? last.ById, last.Summary, last.NextStep, last.NextStepOn,
                today.DayNumber - DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(last.At, zone).DateTime).DayNumber));
        }).ToList();
        var figures = new CustomerFigures(keys.Count, week.Count, week.Select(v => v.CustomerId).Distinct().Count(), keys);
        if (db.Opportunities.Query().Limit(1).FirstOrDefault() is null)
            return figures;
        // 商务谈判中: customers with a deal at 谈判; 预计签约: customers with a deal expected to close by the month's end.
        var open = store.OpenOpportunities(OpportunityCommand.MaxInFunnel);
        var monthEnd = new DateOnly(today.Year, today.Month, 1).AddMonths(1).AddDays(-1);
        return figures with
        {
            InNegotiation = open.Where(o => o.Stage == OpportunityStage.Negotiation).Select(o => o.CustomerId).Distinct().Count(),
            ExpectedToSign = open.Where(o => o.ExpectedClose is { } close && close <= monthEnd).Select(o => o.CustomerId).Distinct().Count(),
        };
    }

    private static DateTimeOffset Instant(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
