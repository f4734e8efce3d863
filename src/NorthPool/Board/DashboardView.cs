using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Pools;
using NorthPool.Reports;
using NorthPool.Tasks;

namespace NorthPool.Board;

// The dashboard's figures: the report's (in flight per pool, today's completion, the CRM's sales, customers, partners
// and open deals by stage through the report's CRM seam, the warnings) built as the chairman's report builds them, and
// the tasks done on each of the last 30 days (read newest first through the closed-tasks index, at most MaxDoneRead).
public sealed class DashboardView(
    ProgressReportBuilder reports, ReportFormat format, TaskStore tasks, Catalog catalog, PoolNames pools,
    PeriodCalendar calendar, TimeProvider timeProvider)
{
    public const int Days = 30;
    public const int MaxDoneRead = 20_000;
    public const int MaxWarnings = 30;

    public DashboardSnapshot Build(Language language)
    {
        var now = timeProvider.GetUtcNow();
        var report = reports.Build(now, previous: null);
        var crm = report.Crm;
        var today = calendar.Today(now);
        var from = calendar.StartOfDay(today.AddDays(1 - Days));
        var done = tasks.Closed(TaskState.Done, MaxDoneRead).TakeWhile(t => t.UpdatedAt >= from).Where(t => t.StateSince >= from)
            .GroupBy(t => calendar.Today(t.StateSince)).ToDictionary(g => g.Key, g => g.Count());
        return new DashboardSnapshot(
            DashboardTexts.For(language),
            [.. report.InFlight.Pools.Select(p => new DashboardBar(pools.ShortName(p.Code, language), p.Count.Value))],
            new DashboardToday((int)report.Completion.NewToday.Value, (int)report.Completion.DoneToday.Value, report.Completion.RatePercent.Value,
                catalog.Daily.DoneTodayMin, catalog.Daily.CompletionRateMinPercent, (int)report.InFlight.Total.Value, catalog.Daily.InFlightMin),
            crm.Sales?.MonthDone, crm.MonthTargetWan, crm.Sales?.ReceiptsThisWeek,
            crm.Product?.ActiveCustomers, crm.Product?.RenewalRatePercent, crm.Partners?.Total,
            [.. crm.Funnel.Select(s => new DashboardBar(language == Language.ZhCn ? s.NameZh : s.NameEn, s.Deals, s.AmountWan))],
            [.. Enumerable.Range(0, Days).Select(i => today.AddDays(i + 1 - Days)).Select(day => new DashboardBar(day.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture), done.GetValueOrDefault(day)))],
            [.. report.Warnings.Items.Concat(report.Warnings.PoolItems).Take(MaxWarnings).Select(w => format.Warning(w, language, reports.Zone))]);
    }
}
