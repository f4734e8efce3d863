using System.Threading.Channels;

namespace NorthPool.CardViews;

// Work by key, in lanes: each lane runs its keys one at a time in the order they were first queued, and at most
// maxConcurrency lanes run at once, taking turns one item each, so a lane that is slow holds up only itself. Work
// queued for a key that is waiting merges into it; for a key that is running it waits behind it. What waits is
// therefore bounded by the number of keys, never by how much work was queued.
public sealed class CoalescingQueue<TKey, TWork>(
    Func<TKey, string> laneOf,
    Func<TWork, TWork, TWork> merge,
    int maxConcurrency) where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, TWork> _waiting = [];
    private readonly Dictionary<string, Queue<TKey>> _lanes = new(StringComparer.Ordinal);

    // A lane is here at most once: from when it has work and no worker until a worker takes it.
    private readonly Channel<string> _ready = Channel.CreateUnbounded<string>();

    public int Waiting
    {
        get
        {
            lock (_gate)
                return _waiting.Count;
        }
    }

    // Lanes with work waiting or running.
    public int Lanes
    {
        get
        {
            lock (_gate)
                return _lanes.Count;
        }
    }

    public void Enqueue(TKey key, TWork work)
    {
        lock (_gate)
        {
            if (_waiting.TryGetValue(key, out var pending))
            {
                _waiting[key] = merge(pending, work);
                return;
            }
            _waiting[key] = work;
            var laneId = laneOf(key);
            if (_lanes.TryGetValue(laneId, out var lane))
            {
                lane.Enqueue(key);
                return;
            }
            _lanes[laneId] = new Queue<TKey>([key]);
            _ready.Writer.TryWrite(laneId);
        }
    }

    // Runs until cancelled. A handler reports its own failures; onError hears of any exception that escapes it.
    public Task RunAsync(Func<TKey, TWork, CancellationToken, Task> handle, Action<TKey, Exception> onError, CancellationToken cancellationToken) =>
        Task.WhenAll(Enumerable.Range(0, maxConcurrency).Select(_ => Task.Run(() => WorkAsync(handle, onError, cancellationToken), cancellationToken)));

    private async Task WorkAsync(Func<TKey, TWork, CancellationToken, Task> handle, Action<TKey, Exception> onError, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var laneId in _ready.Reader.ReadAllAsync(cancellationToken))
            {
                var (key, work) = Take(laneId);
                try
                {
                    await handle(key, work, cancellationToken);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    onError(key, ex);
                }
                finally
                {
                    Finish(laneId);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private (TKey Key, TWork Work) Take(string laneId)
    {
        lock (_gate)
        {
            var key = _lanes[laneId].Dequeue();
            _waiting.Remove(key, out var work);
            return (key, work!);
        }
    }

    // The lane goes to the back of the line if it has more, so lanes with much work take turns with the rest.
    private void Finish(string laneId)
    {
        lock (_gate)
        {
            if (_lanes[laneId].Count > 0)
                _ready.Writer.TryWrite(laneId);
            else
                _lanes.Remove(laneId);
        }
    }
}
