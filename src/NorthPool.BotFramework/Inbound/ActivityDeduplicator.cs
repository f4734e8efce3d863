using System.Collections.Concurrent;
using NorthPool.BotFramework.Schema;

namespace NorthPool.BotFramework.Inbound;

// Teams resends the same activity (same conversation and id) when the bot is slow. The first delivery starts the
// turn; a redelivery while its entry is kept gets the same task, so a redelivered invoke gets the same response.
// Entries leave in arrival order, when older than the window or when over capacity, a bounded number per call: the
// cost of a call never depends on how many turns came before. Past that, the store's activity ids still keep a
// redelivered change from applying twice.
public sealed class ActivityDeduplicator
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);
    public const int DefaultCapacity = 10_000;

    // Each call adds at most one entry, so removing up to two keeps the count at or under capacity.
    private const int MaxRemovalsPerCall = 2;

    private readonly ConcurrentDictionary<ActivityKey, Seen> _seen = new();
    private readonly ConcurrentQueue<KeyValuePair<ActivityKey, Seen>> _arrivals = new();
    private readonly Lock _expiry = new();
    private readonly TimeProvider _timeProvider;
    private readonly int _capacity;

    // Kept by hand: ConcurrentDictionary.Count takes every bucket lock, and every call asks.
    private int _count;

    public ActivityDeduplicator(TimeProvider timeProvider)
        : this(timeProvider, DefaultCapacity)
    {
    }

    internal ActivityDeduplicator(TimeProvider timeProvider, int capacity)
    {
        _timeProvider = timeProvider;
        _capacity = capacity;
    }

    public int Count => Volatile.Read(ref _count);

    public bool TryBegin(string conversationId, string activityId, Func<Task<InvokeResponse?>> start, out Task<InvokeResponse?> turn)
    {
        var now = _timeProvider.GetUtcNow();
        ExpireSome(now);

        var key = new ActivityKey(conversationId, activityId);
        var fresh = new Seen(new Lazy<Task<InvokeResponse?>>(start, LazyThreadSafetyMode.ExecutionAndPublication), now);
        var replaced = false;
        var entry = _seen.AddOrUpdate(
            key,
            _ => { replaced = false; return fresh; },
            (_, existing) => (replaced = now - existing.At > Window) ? fresh : existing);
        if (ReferenceEquals(entry, fresh))
        {
            _arrivals.Enqueue(KeyValuePair.Create(key, fresh));
            if (!replaced)
                Interlocked.Increment(ref _count);
        }
        turn = entry.Turn.Value;
        return ReferenceEquals(entry, fresh);
    }

    private void ExpireSome(DateTimeOffset now)
    {
        if (!_expiry.TryEnter())
            return;
        try
        {
            for (var i = 0; i < MaxRemovalsPerCall && _arrivals.TryPeek(out var oldest); i++)
            {
                if (now - oldest.Value.At <= Window && Count < _capacity)
                    return;
                _arrivals.TryDequeue(out _);
                // Only this very entry: a later delivery under the same key (after the window) has an entry of its own.
                if (_seen.TryRemove(oldest))
                    Interlocked.Decrement(ref _count);
            }
        }
        finally
        {
            _expiry.Exit();
        }
    }

    private readonly record struct ActivityKey(string ConversationId, string ActivityId);

    // The lazy drops its start delegate (and the activity it holds) once the turn has begun; the finished task keeps
    // only the turn's response.
    private sealed record Seen(Lazy<Task<InvokeResponse?>> Turn, DateTimeOffset At);
}
