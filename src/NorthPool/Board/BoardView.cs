using System.Globalization;
using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Members;
using Microsoft.Extensions.Options;
using NorthPool.Pools;
using NorthPool.Reports;
using NorthPool.Tasks;

namespace NorthPool.Board;

// The kanban's content: the open tasks (held in memory by the task store) and the ones done today (newest first,
// through the closed-tasks index), never a scan of the whole store; each card says why it is in 异常 or 客户跟进 when
// its state alone does not.
public sealed class BoardView(
    TaskStore tasks,
    PoolNames pools,
    RoleStore roles,
    PeriodCalendar calendar,
    DisplayClock clock,
    IOptions<ReportOptions> reportOptions,
    IEnumerable<ICustomerStepSource> customerSteps,
    TimeProvider timeProvider)
{
    public const int MaxDoneShown = 200;

    public BoardSnapshot Build(Member viewer, Language language)
    {
        var now = timeProvider.GetUtcNow();
        var dayStart = calendar.StartOfDay(calendar.Today(now));
        var open = tasks.Open();
        var signals = Signals(open, now);
        var shown = open.Concat(tasks.Closed(TaskState.Done, MaxDoneShown).Where(t => t.StateSince >= dayStart))
            .Select(t => Card(t, now, signals, language)).OfType<BoardTask>()
            .OrderBy(t => t.Priority, StringComparer.Ordinal).ThenBy(t => t.Due ?? "9999", StringComparer.Ordinal).ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        var lanes = pools.Codes.Select(code => new BoardLane(code, pools.ShortName(code, language))).ToList();
        var columns = Enum.GetValues<BoardColumn>().Select(c => new BoardLane(c.ToString(), BoardTexts.Column(c, language))).ToList();
        return new BoardSnapshot(shown, lanes, columns, BoardTexts.For(language), new BoardViewer(viewer.Id, viewer.Name), Members(shown));
    }

    public BoardTask? Card(TaskInstance task, DateTimeOffset now, Language language) => Card(task, now, Signals(tasks.Open(), now), language);

    private BoardTask? Card(TaskInstance task, DateTimeOffset now, BoardSignals signals, Language language) =>
        BoardColumns.Of(task, now, signals) is not { } column ? null : new BoardTask(
            task.Id, task.Title, task.Pool, column.ToString(), task.State.ToString(), task.OwnerId, task.OwnerName, task.Priority.ToString(),
            task.DueAt is { } due ? clock.Local(due).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null,
            task.Quota?.ToString(), task.PeriodKey, task.Version, Flag(task, column, signals, language));

    private BoardSignals Signals(IReadOnlyList<TaskInstance> open, DateTimeOffset now)
    {
        var warnings = WarningRules.Evaluate(open, [], now, calendar.Zone, reportOptions.Value.Warnings)
            .Where(w => w.TaskId is not null && BoardSignals.IsTrouble(w.Rule))
            .DistinctBy(w => w.TaskId)
            .ToDictionary(w => w.TaskId!, StringComparer.Ordinal);
        var steps = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var source in customerSteps)
        {
            foreach (var (taskId, day) in source.StepsDue(now))
                steps.TryAdd(taskId, day);
        }
        return new BoardSignals(warnings, steps);
    }

    // Why a card is in 异常 or (in progress) in 客户跟进: the rule it tripped, or the customer's step that is due.
    private static string? Flag(TaskInstance task, BoardColumn column, BoardSignals signals, Language language)
    {
        var texts = BoardTexts.For(language);
        string Say(string key, object value) => string.Format(CultureInfo.InvariantCulture, texts[key], value);
        return column switch
        {
            BoardColumn.Exception when signals.Warnings.TryGetValue(task.Id, out var warning) => Say("flag." + warning.Rule, warning.Limit),
            BoardColumn.Exception => texts["flag.Overdue"],
            BoardColumn.FollowUp when task.State == TaskState.InProgress && signals.CustomerStepsDue.TryGetValue(task.Id, out var day) =>
                Say("flag.CustomerStep", day.ToString("MM-dd", CultureInfo.InvariantCulture)),
            _ => null,
        };
    }

    // Who the page may act as in local mode: everyone holding a role, and everyone owning a task on the board.
    public IReadOnlyList<BoardViewer> Members(IEnumerable<BoardTask> shown) =>
        roles.All.Select(g => new BoardViewer(g.MemberId, g.MemberName ?? g.MemberId))
            .Concat(shown.Where(t => t.OwnerId is not null).Select(t => new BoardViewer(t.OwnerId!, t.OwnerName ?? t.OwnerId!)))
            .DistinctBy(m => m.Id).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
}
