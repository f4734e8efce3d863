using System.Globalization;
using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Members;
using NorthPool.Pools;
using NorthPool.Tasks;

namespace NorthPool.Board;

// The kanban's content: the open tasks (held in memory by the task store) and the ones done today (newest first,
// through the closed-tasks index), never a scan of the whole store.
public sealed class BoardView(TaskStore tasks, PoolNames pools, RoleStore roles, PeriodCalendar calendar, DisplayClock clock, TimeProvider timeProvider)
{
    public const int MaxDoneShown = 200;

    public BoardSnapshot Build(Member viewer, Language language)
    {
        var now = timeProvider.GetUtcNow();
        var dayStart = calendar.StartOfDay(calendar.Today(now));
        var shown = tasks.Open().Concat(tasks.Closed(TaskState.Done, MaxDoneShown).Where(t => t.StateSince >= dayStart))
            .Select(t => Card(t, now)).OfType<BoardTask>()
            .OrderBy(t => t.Priority, StringComparer.Ordinal).ThenBy(t => t.Due ?? "9999", StringComparer.Ordinal).ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        var lanes = pools.Codes.Select(code => new BoardLane(code, pools.ShortName(code, language))).ToList();
        var columns = Enum.GetValues<BoardColumn>().Select(c => new BoardLane(c.ToString(), BoardTexts.Column(c, language))).ToList();
        return new BoardSnapshot(shown, lanes, columns, BoardTexts.For(language), new BoardViewer(viewer.Id, viewer.Name), Members(shown));
    }

    public BoardTask? Card(TaskInstance task, DateTimeOffset now) => BoardColumns.Of(task, now) is not { } column ? null : new BoardTask(
        task.Id, task.Title, task.Pool, column.ToString(), task.State.ToString(), task.OwnerId, task.OwnerName, task.Priority.ToString(),
        task.DueAt is { } due ? clock.Local(due).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : null,
        task.Quota?.ToString(), task.PeriodKey, task.Version);

    // Who the page may act as in local mode: everyone holding a role, and everyone owning a task on the board.
    public IReadOnlyList<BoardViewer> Members(IEnumerable<BoardTask> shown) =>
        roles.All.Select(g => new BoardViewer(g.MemberId, g.MemberName ?? g.MemberId))
            .Concat(shown.Where(t => t.OwnerId is not null).Select(t => new BoardViewer(t.OwnerId!, t.OwnerName ?? t.OwnerId!)))
            .DistinctBy(m => m.Id).OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
}
