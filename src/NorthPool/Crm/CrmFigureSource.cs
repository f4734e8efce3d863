using Microsoft.Extensions.Options;
using NorthPool.Localization;
using NorthPool.Pools;
using NorthPool.Reports;
using NorthPool.Storage;

namespace NorthPool.Crm;

// The report's CRM figures: 三 from contracts and receipts, 五 from customers, visits and opportunities, 六 from
// customers, this year's contracts and tickets, 七 from partners and the deals they brought.
// Reads are bounded by index: the key customers, each one's last visit (one row), this week's visits, the open
// opportunities and tickets, the year's contracts, the week's resolved tickets.
public sealed class CrmFigureSource(NorthPoolDb db, CustomerStore customers, VisitStore visits, OpportunityStore opportunities, TicketStore tickets, PartnerStore partners, ContractStore contracts, TargetProgress targets, IOptions<ReportOptions> options) : ICrmFigureSource
{
    public CrmFigures Read(DateTimeOffset at, TimeZoneInfo zone)
    {
        var calendar = new PeriodCalendar(zone);
        var today = calendar.Today(at);
        var week = Period.Containing(Cadence.Week, today);
        var weekStart = calendar.StartOf(week);
        // Read once for 五, 七 and 八.
        var open = opportunities.Open(OpportunityCommand.MaxInFunnel);
        var customerFigures = Customers(at, calendar, weekStart, open);
        // The month's contract target: an admin's (目标 合同额 2026-12 120万), else Reports:MonthlyContractTargetWan.
        var monthTarget = targets.MonthTarget("contract_amount", today) is { } set ? set / Amount.Wan : options.Value.MonthlyContractTargetWan;
        return CrmFigures.Empty(monthTarget) with
        {
            Sales = Sales(today, week.Start),
            Customers = customerFigures,
            Product = Product(at, calendar, weekStart),
            Partners = Partners(today, calendar, weekStart, open),
            Alerts = Alerts(today, customerFigures, open),
            Funnel = open.Count == 0 ? [] : [.. OpportunityStages.Funnel.Select(stage => open.Where(o => o.Stage == stage).ToList()).Select((at, i) =>
                new FunnelStage(CrmTexts.Of(Language.ZhCn, OpportunityStages.Funnel[i]), CrmTexts.Of(Language.EnUs, OpportunityStages.Funnel[i]), at.Count, Math.Round(at.Sum(o => o.Amount) / Amount.Wan, 2)))],
        };
    }

    public const int QuietDays = 14;
    public const int EndingWithinDays = 30;

    // 八's CRM part: receivables overdue, contracts ending within 30 days with no renewal deal, key customers not contacted for 14 days,
    // deals past their expected close; the soonest or longest first within each kind.
    private List<CrmAlert> Alerts(DateOnly today, CustomerFigures? customerFigures, IReadOnlyList<Opportunity> open)
    {
        var alerts = new List<CrmAlert>();
        // Per contract, what its receipts leave unpaid of the rows already due; settled rows are not read.
        foreach (var owed in contracts.UnsettledBefore(today).GroupBy(r => r.ContractId))
        {
            if (contracts.Find(owed.Key) is not { } contract)
                continue;
            var due = contracts.PlanOf(contract.Id).Where(r => r.DueOn < today).ToList();
            var unpaid = due.Sum(r => r.Amount) - contract.Received;
            if (unpaid <= 0)
                continue;
            var oldest = owed.Min(r => r.DueOn);
            alerts.Add(new CrmAlert(CrmAlertKind.ReceivableOverdue, $"{contract.Label} {contract.CustomerName}", oldest, today.DayNumber - oldest.DayNumber, unpaid / Amount.Wan));
        }
        alerts.AddRange(contracts.EndingBetween(today, today.AddDays(EndingWithinDays))
            .Where(c => !contracts.HasRenewal(c.Id))
            .OrderBy(c => c.EndsOn)
            .Select(c => new CrmAlert(CrmAlertKind.ContractEnding, $"{c.Label} {c.CustomerName}", c.EndsOn, c.EndsOn.DayNumber - today.DayNumber)));
        alerts.AddRange((customerFigures?.KeyCustomers ?? [])
            .Where(k => k.Last is null || k.Last.DaysAgo >= QuietDays)
            .OrderByDescending(k => k.Last?.DaysAgo ?? int.MaxValue)
            .Select(k => new CrmAlert(CrmAlertKind.KeyCustomerQuiet, $"{k.Label} {k.Name}", Days: k.Last?.DaysAgo)));
        alerts.AddRange(open
            .Where(o => o.ExpectedClose is { } close && close < today)
            .OrderBy(o => o.ExpectedClose)
            .Select(o => new CrmAlert(CrmAlertKind.DealPastClose, $"{o.Label} {o.CustomerName} {o.Title}", o.ExpectedClose, today.DayNumber - o.ExpectedClose!.Value.DayNumber)));
        return alerts;
    }

    // 七: partners on file, new this month, contacted this week, and the open deals they brought.
    private PartnerFigures? Partners(DateOnly today, PeriodCalendar calendar, DateTimeOffset weekStart, IReadOnlyList<Opportunity> open)
    {
        if (db.Partners.Query().Limit(1).FirstOrDefault() is null)
            return null;
        var sourced = open.Where(o => o.PartnerId is not null).ToList();
        return new PartnerFigures(
            db.Partners.Count(),
            partners.CreatedSince(calendar.StartOf(Period.Containing(Cadence.Month, today))).Count,
            partners.ContactedSince(weekStart),
            sourced.Count, sourced.Sum(o => o.Amount) / Amount.Wan);
    }

    // 六: per product line, contracts signed this year and the customers they are with, open tickets by severity and
    // tickets resolved this week.
    private ProductFigures? Product(DateTimeOffset at, PeriodCalendar calendar, DateTimeOffset weekStart)
    {
        if (db.Customers.Query().Limit(1).FirstOrDefault() is null)
            return null;
        var today = calendar.Today(at);
        var signedThisYear = targets.SignedBetween(new DateOnly(today.Year, 1, 1), today);
        var open = tickets.Open(TicketCommand.MaxOpen);
        var resolved = tickets.ResolvedBetween(weekStart, at);
        var lines = signedThisYear.Select(c => c.ProductLine).Concat(open.Select(t => t.ProductLine)).Concat(resolved.Select(t => t.ProductLine))
            .Distinct().OrderBy(name => name is null).ThenBy(name => name, StringComparer.Ordinal)
            .Select(name =>
            {
                var signed = signedThisYear.Where(c => c.ProductLine == name).ToList();
                var waiting = open.Where(t => t.ProductLine == name).ToList();
                int Open(TicketSeverity severity) => waiting.Count(t => t.Severity == severity);
                return new ProductLineFigures(name, signed.Count, signed.Sum(c => c.Amount) / Amount.Wan, signed.Select(c => c.CustomerId).Distinct().Count(),
                    Open(TicketSeverity.Urgent), Open(TicketSeverity.High), Open(TicketSeverity.Medium), Open(TicketSeverity.Low),
                    resolved.Count(t => t.ProductLine == name));
            })
            .ToList();
        return new ProductFigures(
            db.Customers.Count(LiteDB.BsonExpression.Create("$.Status = @0", nameof(CustomerStatus.Active))),
            db.Customers.Count(LiteDB.BsonExpression.Create("$.CreatedAt >= @0", calendar.StartOfDay(today).UtcDateTime)),
            lines, contracts.RenewalRatePercent(today), Satisfaction: null);
    }

    // 三: contracts by signing date and receipts by receiving date, today, this week and this month, in 万.
    private SalesFigures? Sales(DateOnly today, DateOnly monday)
    {
        if (db.Contracts.Query().Limit(1).FirstOrDefault() is null && db.Receipts.Query().Limit(1).FirstOrDefault() is null)
            return null;
        var first = Period.Containing(Cadence.Month, today).Start;
        var signed = targets.SignedBetween(monday < first ? monday : first, today);
        var receipts = targets.ReceivedBetween(monday, today);
        static decimal Wan(IEnumerable<decimal> yuan) => yuan.Sum() / Amount.Wan;
        return new SalesFigures(
            signed.Count(c => c.SignedOn == today), Wan(signed.Where(c => c.SignedOn == today).Select(c => c.Amount)),
            Wan(receipts.Where(r => r.ReceivedOn == today).Select(r => r.Amount)),
            signed.Count(c => c.SignedOn >= monday), Wan(signed.Where(c => c.SignedOn >= monday).Select(c => c.Amount)),
            Wan(receipts.Select(r => r.Amount)),
            Wan(signed.Where(c => c.SignedOn >= first).Select(c => c.Amount)))
        {
            PipelineWan = targets.MonthEnd(today).WeightedPipeline / Amount.Wan,
        };
    }

    private CustomerFigures? Customers(DateTimeOffset at, PeriodCalendar calendar, DateTimeOffset weekStart, IReadOnlyList<Opportunity> open)
    {
        if (db.Customers.Query().Limit(1).FirstOrDefault() is null)
            return null;
        var today = calendar.Today(at);
        var week = db.Visits.Query().Where("$.At >= @0 AND $.At <= @1", weekStart.UtcDateTime, at.UtcDateTime).ToList();

        var keys = customers.KeyCustomers().Select(customer =>
        {
            var last = visits.Recent(customer.Id, 1).FirstOrDefault(v => v.At <= at);
            return new KeyCustomerLine(customer.Label, customer.Name, last is null ? null : new LastContact(
                TimeZoneInfo.ConvertTime(last.At, calendar.Zone), last.ByName ?? last.ById, last.Summary, last.NextStep, last.NextStepOn,
                today.DayNumber - calendar.Today(last.At).DayNumber));
        }).ToList();
        var figures = new CustomerFigures(keys.Count, week.Count, week.Select(v => v.CustomerId).Distinct().Count(), keys);
        if (db.Opportunities.Query().Limit(1).FirstOrDefault() is null)
            return figures;
        // 商务谈判中: customers with a deal at 谈判; 预计签约: customers with a deal expected to close by the month's end.
        var monthEnd = Period.Containing(Cadence.Month, today).End.AddDays(-1);
        return figures with
        {
            InNegotiation = open.Where(o => o.Stage == OpportunityStage.Negotiation).Select(o => o.CustomerId).Distinct().Count(),
            ExpectedToSign = open.Where(o => o.ExpectedClose is { } close && close <= monthEnd).Select(o => o.CustomerId).Distinct().Count(),
        };
    }
}
