using System.Threading.Channels;

namespace NorthPool.Storage;

// In-process notification of committed changes of one kind. Each listener gets its own unbounded queue, so a slow one
// never holds up a commit or another listener, and ends its subscription by disposing it (a page that closes). Work
// that must be queued at the commit itself registers an OnCommit handler.
public class ChangeFeed<T>
{
    private readonly Lock _gate = new();
    private Subscribers _subscribers = new([], []);

    public int Listeners => _subscribers.Writers.Count;

    public void Publish(T change)
    {
        var subscribers = _subscribers;
        foreach (var handler in subscribers.Handlers)
            handler(change);
        foreach (var subscriber in subscribers.Writers)
            subscriber.TryWrite(change);
    }

    public ChannelReader<T> Subscribe() => Listen().Reader;

    public Subscription Listen()
    {
        var channel = Channel.CreateUnbounded<T>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
            _subscribers = _subscribers with { Writers = [.. _subscribers.Writers, channel.Writer] };
        return new Subscription(channel.Reader, () =>
        {
            lock (_gate)
                _subscribers = _subscribers with { Writers = [.. _subscribers.Writers.Where(w => w != channel.Writer)] };
            channel.Writer.TryComplete();
        });
    }

    // Runs on the publishing thread right after the commit, before the caller goes on: it must be quick (no I/O, no
    // waiting) and must not throw.
    public void OnCommit(Action<T> handler)
    {
        lock (_gate)
            _subscribers = _subscribers with { Handlers = [.. _subscribers.Handlers, handler] };
    }

    public sealed class Subscription(ChannelReader<T> reader, Action end) : IDisposable
    {
        public ChannelReader<T> Reader => reader;

        public void Dispose() => end();
    }

    private sealed record Subscribers(IReadOnlyList<ChannelWriter<T>> Writers, IReadOnlyList<Action<T>> Handlers);
}
