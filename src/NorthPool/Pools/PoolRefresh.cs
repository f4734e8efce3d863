using Microsoft.Extensions.Logging;
using NorthPool.Tasks;
using NorthPool.Storage;

namespace NorthPool.Pools;

// Opens this period's instances (and those of other features' IInstanceSource) and marks the overdue ones, in one
// commit, then publishes each change.
public sealed partial class PoolRefresh(
    StoreWriter writer,
    InstanceOpener opener,
    IEnumerable<IInstanceSource> sources,
    TaskChangeFeed changes,
    TimeProvider timeProvider,
    ILogger<PoolRefresh> logger)
{
    public async Task<OpenResult> RunAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var result = await writer.WriteAsync(() =>
        {
            var opened = opener.Open(now);
            return opened with { Opened = [.. opened.Opened, .. sources.SelectMany(source => source.Open(now))] };
        }, cancellationToken);
        foreach (var task in result.Opened.Concat(result.MarkedOverdue))
            changes.Publish(new TaskChanged(task.Id, task.Version, ActivityId: null));
        LogRefreshed(logger, result.Opened.Count, result.MarkedOverdue.Count, now);
        return result;
    }

    [LoggerMessage(LogLevel.Information, "Pool refreshed at {At}: {Opened} instances opened, {Overdue} marked overdue")]
    private static partial void LogRefreshed(ILogger logger, int opened, int overdue, DateTimeOffset at);
}
