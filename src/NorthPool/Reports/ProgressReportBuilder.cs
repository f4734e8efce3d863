using Microsoft.Extensions.Options;
using NorthPool.Pools;
using NorthPool.Storage;
using NorthPool.Tasks;

namespace NorthPool.Reports;

// Builds the report from the stores at a given instant. Reads only what it counts: open tasks and today's
// completions by index, totals by index counts, so it stays fast with years of history.
public sealed class ProgressReportBuilder(NorthPoolDb db, TaskStore tasks, Catalog catalog, PeriodCalendar calendar, ICrmFigureSource crm, IOptions<ReportOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public TimeZoneInfo Zone => _zone;

    public ProgressReport Build(DateTimeOffset at, ReportSnapshot? previous)
    {
        var config = options.Value;
        var dayStart = StartOfDay(at);
        var open = tasks.Open();
        var doneTotal = db.Tasks.Count(t => t.State == TaskState.Done);
        var finishedToday = db.Audit.Find(a => a.At >= dayStart && a.At <= at)
            .Where(a => a.To == TaskState.Done).Select(a => a.TaskId).Distinct().ToList();
        var newToday = db.Tasks.Count(t => t.CreatedAt >= dayStart && t.CreatedAt <= at);
        var rate = doneTotal + open.Count == 0 ? 0m : Math.Round(100m * doneTotal / (doneTotal + open.Count), 1);

        var doneLastWeek = db.Audit.Find(a => a.At > at.AddDays(-7) && a.At <= at).Where(a => a.To == TaskState.Done && a.From != TaskState.Done)
            .Select(a => a.TaskId).Distinct().Count();
        var inFlight = new InFlightSection(
            ReportNumber.Of(open.Count, previous?.InFlight),
            catalog.Pools.Select(p => new PoolCount(p.Code, ReportNumber.Of(open.Count(t => t.Pool == p.Code), previous?.Pools.GetValueOrDefault(p.Code)))).ToList())
        {
            Pooled = open.Count(t => t.State == TaskState.Pooled),
            InProgress = open.Count(t => t.State == TaskState.InProgress),
            Paused = open.Count(t => t.State == TaskState.Paused),
            DailyDoneAverage = doneLastWeek == 0 ? null : Math.Round(doneLastWeek / 7m, 1),
        };
        var completion = new CompletionSection(
            ReportNumber.Of(newToday, previous?.NewToday),
            ReportNumber.Of(finishedToday.Count, previous?.DoneToday),
            ReportNumber.Of(doneTotal, previous?.DoneTotal),
            ReportNumber.Of(rate, previous?.RatePercent));

        var warnings = WarningRules.Evaluate(open, catalog.Pools, at, _zone, config.Warnings);
        var onTasks = warnings.Where(w => w.IsTaskWarning).ToList();
        var onPools = warnings.Where(w => !w.IsTaskWarning).ToList();
        var warned = onTasks.Select(w => w.TaskId).ToHashSet();
        var normal = open.Count(t => !warned.Contains(t.Id));

        return new ProgressReport(
            TimeZoneInfo.ConvertTime(at, _zone),
            config.Reporter,
            inFlight,
            completion,
            crm.Read(at, _zone),
            KeyTasks(open, finishedToday),
            new WarningSection(
                onTasks, ReportNumber.Of(warned.Count, previous?.WarnedTasks),
                onPools, ReportNumber.Of(onPools.Count, previous?.PoolWarnings),
                ReportNumber.Of(normal, previous?.Normal)),
            Tomorrow(open, at),
            OpeningTomorrow(at))
        {
            Previous = previous,
        };
    }

    // P0 first, then the nearest due date, then the most recently moved: what is running, paused or done today.
    private IReadOnlyList<KeyTaskLine> KeyTasks(IReadOnlyList<TaskInstance> open, IReadOnlyList<string> finishedToday) =>
        open.Where(t => t.State != TaskState.Pooled)
            .Concat(finishedToday.Select(id => db.Tasks.FindById(id)).OfType<TaskInstance>())
            .OrderBy(t => t.Priority)
            .ThenBy(t => t.DueAt ?? DateTimeOffset.MaxValue)
            .ThenByDescending(t => t.UpdatedAt)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .Take(10)
            .Select(t => new KeyTaskLine(t))
            .ToList();

    private IReadOnlyList<TaskInstance> Tomorrow(IReadOnlyList<TaskInstance> open, DateTimeOffset at)
    {
        var tomorrow = WarningRules.DayOf(at, _zone).AddDays(1);
        return open.Where(t => t.DueAt is { } due && WarningRules.DayOf(due, _zone) == tomorrow)
            .OrderBy(t => t.Priority).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
    }

    // The periodic templates whose next period starts tomorrow (every daily one; weekly ones on a Sunday; …).
    private IReadOnlyList<string> OpeningTomorrow(DateTimeOffset at)
    {
        var tomorrow = calendar.Today(at).AddDays(1);
        return catalog.Templates
            .Where(t => t.Frequency.Period.IsPeriodic() && Period.Containing(t.Frequency.Period, tomorrow).Start == tomorrow)
            .OrderBy(t => t.TimeOfDay ?? TimeOnly.MaxValue).ThenBy(t => t.Id, StringComparer.Ordinal)
            .Select(t => t.TimeOfDay is { } time ? $"{t.Id} {t.Name} {time:HH\\:mm}" : $"{t.Id} {t.Name}")
            .ToList();
    }

    // Midnight of the instant's day in the report's zone, as an instant.
    public DateTimeOffset StartOfDay(DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, _zone);
        var midnight = local.Date;
        return new DateTimeOffset(midnight, _zone.GetUtcOffset(midnight));
    }
}
