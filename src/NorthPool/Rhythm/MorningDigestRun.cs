using NorthPool.Proactive;
using Microsoft.Extensions.Logging;
using NorthPool.Pools;
using NorthPool.Storage;
using NorthPool.Tasks;

namespace NorthPool.Rhythm;

// 晨间启动 (plan §8.1): after the morning refresh, one digest per member per day. Members are everyone who owns an
// open task and everyone the bot has a personal chat with; a member with nothing to show gets no card.
public sealed partial class MorningDigestRun(
    NorthPoolDb db,
    TaskStore tasks,
    PeriodCalendar calendar,
    RhythmDelivery delivery,
    TimeProvider timeProvider,
    ILogger<MorningDigestRun> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var open = tasks.Open();
        var key = DigestSelection.KeyTasks(open, now, calendar);
        var sent = 0;
        foreach (var member in Members(open))
        {
            var digest = DigestSelection.For(member, open, key, now, calendar);
            if (digest.IsEmpty)
                continue;
            if (await delivery.DeliverDigestAsync(digest, cancellationToken))
                sent++;
        }
        LogDigests(logger, calendar.Today(now), sent, key.Count);
        return sent;
    }

    private IEnumerable<string> Members(IReadOnlyList<TaskInstance> open) =>
        open.Select(t => t.OwnerId)
            .Concat(db.Conversations.Find(c => c.Reference.ConversationType == "personal").Select(c => c.Reference.UserId))
            .OfType<string>()
            .Where(id => id.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    [LoggerMessage(LogLevel.Information, "Morning digests for {Day}: {Sent} sent, {KeyTasks} key tasks today")]
    private static partial void LogDigests(ILogger logger, DateOnly day, int sent, int keyTasks);
}
