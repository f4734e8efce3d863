using Microsoft.Extensions.Options;
using NorthPool.Reports;
using NorthPool.Storage;

namespace NorthPool.Crm;

// The report's CRM figures. 五 comes from customers, visits and opportunities; 三, 六 and 七 need contracts, receipts,
// tickets and partners, which the CRM does not keep yet, so they say so. Reads are bounded: the key customers (IsKey
// index), each one's last visit (newest first, one row), this week's visits (At index), the open opportunities.
public sealed class CrmFigureSource(NorthPoolDb db, CrmStore store, IOptions<ReportOptions> options) : ICrmFigureSource
{
    public CrmFigures Read(DateTimeOffset at, TimeZoneInfo zone) =>
        CrmFigures.Empty(options.Value.MonthlyContractTargetWan) with { Customers = Customers(at, zone) };

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
