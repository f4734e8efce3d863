using System.Globalization;
using NorthPool.Localization;
using NorthPool.Tasks;

namespace NorthPool.Reports;

// The nine sections as headed lines, in the order and under the headings of plan §9.2. The plain-text layout and
// the card both draw these, so they cannot drift apart.
public sealed class ReportSections(ReportFormat format)
{
    // Long lists are cut so a report card stays inside Teams' 28 KB on a bad day.
    public const int MaxListLines = 15;

    public IReadOnlyList<ReportSectionView> For(ProgressReport report, Language language, TimeZoneInfo zone)
    {
        string T(ReportText id, params object?[] args) => ReportTexts.Get(language, id, args);
        var crm = report.Crm;
        var sales = crm.Sales;
        var noData = new[] { new ReportLine(null, T(ReportText.NoData)) };

        return
        [
            new(T(ReportText.S1),
            [
                new(T(ReportText.InFlightNow), format.Count(report.InFlight.Total, language)) { Headline = true },
                new(T(ReportText.InFlightSplit), Split(report.InFlight, language)),
                .. report.InFlight.Pools.Select(p => new ReportLine(format.PoolLabel(p.Code, language), format.Count(p.Count, language))),
                new(T(ReportText.Reserve), report.InFlight.ReserveTarget is { } target
                    ? T(ReportText.ReserveAgainst, report.InFlight.Pooled, ReportFormat.Plain(target), ReportFormat.Plain(report.InFlight.DailyDoneAverage!.Value))
                    : T(ReportText.ReserveNoBasis, report.InFlight.Pooled)),
            ]),
            new(T(ReportText.S2),
            [
                new(T(ReportText.NewToday), format.Count(report.Completion.NewToday, language)),
                new(T(ReportText.DoneToday), format.Count(report.Completion.DoneToday, language)),
                new(T(ReportText.DoneTotal), format.Count(report.Completion.DoneTotal, language)),
                new(T(ReportText.Rate), ReportFormat.Percent(report.Completion.RatePercent, language)),
            ]),
            new(T(ReportText.S3), sales is null
                ? [new(T(ReportText.MonthTarget), ReportFormat.Wan(crm.MonthTargetWan, language)), new(null, T(ReportText.NoSalesData))]
                :
            [
                new(T(ReportText.ContractsToday), T(ReportText.ContractCount, sales.ContractsToday, ReportFormat.Wan(sales.ContractAmountToday, language)) + Change(sales.ContractAmountToday, report.Previous?.ContractAmountToday)),
                new(T(ReportText.ReceiptsToday), ReportFormat.Wan(sales.ReceiptsToday, language) + Change(sales.ReceiptsToday, report.Previous?.ReceiptsToday)),
                new(T(ReportText.ContractsWeek), T(ReportText.ContractCount, sales.ContractsThisWeek, ReportFormat.Wan(sales.ContractAmountThisWeek, language)) + Change(sales.ContractAmountThisWeek, report.Previous?.ContractAmountThisWeek)),
                new(T(ReportText.ReceiptsWeek), ReportFormat.Wan(sales.ReceiptsThisWeek, language) + Change(sales.ReceiptsThisWeek, report.Previous?.ReceiptsThisWeek)),
                new(T(ReportText.MonthTarget), ReportFormat.Wan(crm.MonthTargetWan, language)),
                new(T(ReportText.MonthDone), T(ReportText.AmountOfTarget, ReportFormat.Wan(sales.MonthDone, language),
                    T(ReportText.Percent, crm.MonthTargetWan == 0 ? "0" : ReportFormat.Plain(Math.Round(100 * sales.MonthDone / crm.MonthTargetWan, 1)))) + Change(sales.MonthDone, report.Previous?.MonthDone)),
                .. sales.PipelineWan is { } pipeline
                    ? [new ReportLine(T(ReportText.Forecast), T(ReportText.ForecastValue, ReportFormat.Wan(sales.MonthDone + pipeline, language), ReportFormat.Wan(sales.MonthDone, language), ReportFormat.Wan(pipeline, language)))]
                    : Array.Empty<ReportLine>(),
            ]),
            new(T(ReportText.S4), report.KeyTasks.Count == 0
                ? [new(null, T(ReportText.NoKeyTasks))]
                : report.KeyTasks.Select((k, i) => new ReportLine($"{i + 1}.", format.KeyTask(k.Task, language))).ToList()),
            new(T(ReportText.S5), crm.Customers is not { } customers ? noData : KeyCustomers(customers, language)),
            new(T(ReportText.S6), crm.Product is not { } product ? noData :
            [
                new(T(ReportText.ActiveCustomers), T(ReportText.Companies, product.ActiveCustomers)),
                new(T(ReportText.NewCustomersToday), T(ReportText.Companies, product.NewCustomersToday)),
                .. product.Lines.Select(line => new ReportLine(line.Name ?? T(ReportText.NoProductLine), T(ReportText.ProductLineValue,
                    line.Contracts, ReportFormat.Wan(line.ContractAmountWan, language), line.Customers,
                    line.OpenUrgent, line.OpenHigh, line.OpenMedium, line.OpenLow, line.ResolvedThisWeek))),
                new(T(ReportText.RenewalRate), product.RenewalRatePercent is { } renewal ? T(ReportText.Percent, ReportFormat.Plain(renewal)) : T(ReportText.NotKept)),
                new(T(ReportText.Satisfaction), product.Satisfaction is { } satisfaction ? $"{ReportFormat.Plain(satisfaction)}/5.0" : T(ReportText.NotKept)),
            ]),
            new(T(ReportText.S7), crm.Partners is not { } partners ? noData :
            [
                new(T(ReportText.PartnersTotal), T(ReportText.Companies, partners.Total)),
                new(T(ReportText.PartnersNew), T(ReportText.Companies, partners.NewThisMonth)),
                new(T(ReportText.PartnersContacted), T(ReportText.Companies, partners.ContactedThisWeek)),
                new(T(ReportText.PartnerSourced), T(ReportText.PartnerSourcedValue, partners.SourcedOpportunities, ReportFormat.Wan(partners.SourcedAmountWan, language))),
            ]),
            new(T(ReportText.S8), Warnings(report.Warnings, report.Crm.Alerts, language, zone)),
            new(T(ReportText.S9), Tomorrow(report, language, zone)),
        ];
    }

    // 五: how many key customers and contacts this week, then each key customer with its last contact and next step,
    // the ones longest without contact first.
    private static List<ReportLine> KeyCustomers(CustomerFigures customers, Language language)
    {
        string T(ReportText id, params object?[] args) => ReportTexts.Get(language, id, args);
        var lines = new List<ReportLine>
        {
            new(T(ReportText.KeyAccounts), T(ReportText.Companies, customers.KeyAccounts)),
            new(T(ReportText.VisitsWeek), T(ReportText.ContactsCount, customers.ContactsThisWeek, customers.CustomersContactedThisWeek)),
        };
        if (customers.InNegotiation is { } negotiating)
            lines.Add(new(T(ReportText.Negotiating), T(ReportText.Companies, negotiating)));
        if (customers.ExpectedToSign is { } expected)
            lines.Add(new(T(ReportText.ExpectedToSign), T(ReportText.Companies, expected)));
        var ordered = customers.KeyCustomers.OrderByDescending(k => k.Last?.DaysAgo ?? int.MaxValue).ThenBy(k => k.Label, StringComparer.Ordinal).ToList();
        foreach (var key in ordered.Take(MaxListLines))
        {
            var text = key.Last is not { } last ? T(ReportText.KeyCustomerNever, key.Name)
                : T(ReportText.KeyCustomerLast, key.Name, last.At.ToString("MM-dd", CultureInfo.InvariantCulture), last.By, last.DaysAgo, last.Summary)
                    + (last.NextStep is { } next ? T(ReportText.KeyCustomerNext, last.NextStepOn?.ToString("MM-dd", CultureInfo.InvariantCulture) ?? "—", next) : "");
            lines.Add(new(key.Label, text));
        }
        if (ordered.Count > MaxListLines)
            lines.Add(new(null, T(ReportText.MoreItems, ordered.Count - MaxListLines)));
        return lines;
    }

    // 三's ▲/▼ in 万 against the report before; nothing when that one had no sales figures.
    private static string Change(decimal now, decimal? before) => before is { } was ? ReportFormat.Delta(now - was) : "";

    // Warned tasks, then the pool-wide warnings apart from them (only when there are any), then the normal tasks:
    // 预警任务 + 正常任务 = 在途任务.
    private List<ReportLine> Warnings(WarningSection warnings, IReadOnlyList<CrmAlert> alerts, Language language, TimeZoneInfo zone)
    {
        var lines = new List<ReportLine> { new(ReportTexts.Get(language, ReportText.WarningCount), format.Count(warnings.Count, language)) { Headline = true } };
        lines.AddRange(Capped(warnings.Items.Select(w => new ReportLine("·", format.Warning(w, language, zone))).ToList(), language));
        if (warnings.PoolItems.Count > 0)
        {
            lines.Add(new(ReportTexts.Get(language, ReportText.PoolWarningCount), format.Count(warnings.PoolCount, language, ReportText.Items)) { Headline = true });
            lines.AddRange(Capped(warnings.PoolItems.Select(w => new ReportLine("·", format.Warning(w, language, zone))).ToList(), language));
        }
        lines.Add(new(ReportTexts.Get(language, ReportText.NormalCount), format.Count(warnings.Normal, language)) { Headline = true });
        if (alerts.Count > 0)
        {
            lines.Add(new(ReportTexts.Get(language, ReportText.CrmAlertCount), ReportTexts.Get(language, ReportText.Items, alerts.Count)) { Headline = true });
            lines.AddRange(Capped(alerts.Select(a => new ReportLine("·", ReportFormat.Alert(a, language))).ToList(), language));
        }
        return lines;
    }

    private static string Split(InFlightSection inFlight, Language language) =>
        string.Join(" · ",
            $"{Texts.State(language, TaskState.Pooled)} {inFlight.Pooled}",
            $"{Texts.State(language, TaskState.InProgress)} {inFlight.InProgress}",
            $"{Texts.State(language, TaskState.Paused)} {inFlight.Paused}");

    // What is due tomorrow, then what opens tomorrow (with the plan's time of day where it gives one).
    private static List<ReportLine> Tomorrow(ProgressReport report, Language language, TimeZoneInfo zone)
    {
        var lines = report.Tomorrow.Count == 0
            ? [new ReportLine(null, ReportTexts.Get(language, ReportText.NothingTomorrow))]
            : Capped(report.Tomorrow.Select(t => new ReportLine("·", ReportFormat.DueLine(t, language, zone))).ToList(), language).ToList();
        if (report.OpeningTomorrow.Count > 0)
        {
            var shown = report.OpeningTomorrow.Take(MaxListLines).ToList();
            var more = report.OpeningTomorrow.Count > MaxListLines ? " " + ReportTexts.Get(language, ReportText.MoreItems, report.OpeningTomorrow.Count - MaxListLines) : "";
            lines.Add(new ReportLine("·", ReportTexts.Get(language, ReportText.OpensTomorrow, report.OpeningTomorrow.Count, string.Join(language.ListSeparator(), shown) + more)));
        }
        return lines;
    }

    private static IReadOnlyList<ReportLine> Capped(IReadOnlyList<ReportLine> lines, Language language) =>
        lines.Count <= MaxListLines
            ? lines
            : [.. lines.Take(MaxListLines), new ReportLine(null, ReportTexts.Get(language, ReportText.MoreItems, lines.Count - MaxListLines))];
}

// A heading and its lines; a line is "label: value", or just a value when Label is null.
public sealed record ReportSectionView(string Heading, IReadOnlyList<ReportLine> Lines);

public sealed record ReportLine(string? Label, string Value)
{
    // The section's lead figure, written without a bullet (当前在途任务, 预警任务, 池级预警, 正常任务).
    public bool Headline { get; init; }
}
