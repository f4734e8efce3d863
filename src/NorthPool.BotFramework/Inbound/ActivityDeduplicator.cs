using System.Collections.Concurrent;
using NorthPool.BotFramework.Schema;

namespace NorthPool.BotFramework.Inbound;

// Teams resends the same activity (same conversation and id) when the bot is slow. The first delivery starts the
// turn; a redelivery within the window gets the same task (so a redelivered invoke gets the same response).
public sealed class ActivityDeduplicator(TimeProvider timeProvider)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private const int SweepThreshold = 10_000;

    private readonly ConcurrentDictionary<(string, string), Seen> _seen = new();

    public bool TryBegin(string conversationId, string activityId, Func<Task<InvokeResponse?>> start, out Task<InvokeResponse?> turn)
    {
        var now = timeProvider.GetUtcNow();
        if (_seen.Count > SweepThreshold)
            Sweep(now);

        var fresh = new Lazy<Task<InvokeResponse?>>(start, LazyThreadSafetyMode.ExecutionAndPublication);
        var entry = _seen.AddOrUpdate(
            (conversationId, activityId),
            _ => new Seen(fresh, now),
            (_, existing) => now - existing.At > Window ? new Seen(fresh, now) : existing);
        turn = entry.Turn.Value;
        return ReferenceEquals(entry.Turn, fresh);
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, seen) in _seen)
        {
            if (now - seen.At > Window)
                _seen.TryRemove(key, out _);
        }
    }

    private sealed record Seen(Lazy<Task<InvokeResponse?>> Turn, DateTimeOffset At);
}
