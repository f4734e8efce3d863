using System.Threading.Channels;

namespace NorthPool.Tasks;

// In-process notification of committed task changes. Each subscriber gets its own unbounded queue, so a slow one
// never holds up a commit or another subscriber. The web board and, with several instances, a cross-instance channel
// subscribe here too. Work that must be queued at the commit itself (card updates) registers an OnCommit handler.
public sealed class TaskChangeFeed
{
    private readonly Lock _gate = new();
    private Subscribers _subscribers = new([], []);

    public void Publish(TaskChanged change)
    {
        var subscribers = _subscribers;
        foreach (var handler in subscribers.Handlers)
            handler(change);
        foreach (var subscriber in subscribers.Writers)
            subscriber.TryWrite(change);
    }

    public ChannelReader<TaskChanged> Subscribe() => Listen().Reader;

    // A subscription that ends when disposed (an open page that closes), so listeners do not pile up.
    public TaskChangeSubscription Listen()
    {
        var channel = Channel.CreateUnbounded<TaskChanged>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
            _subscribers = _subscribers with { Writers = [.. _subscribers.Writers, channel.Writer] };
        return new TaskChangeSubscription(channel.Reader, () =>
        {
            lock (_gate)
                _subscribers = _subscribers with { Writers = [.. _subscribers.Writers.Where(w => w != channel.Writer)] };
            channel.Writer.TryComplete();
        });
    }

    public int Listeners => _subscribers.Writers.Count;

    // Runs on the publishing thread right after the commit, before the caller goes on: it must be quick (no I/O, no
    // waiting) and must not throw.
    public void OnCommit(Action<TaskChanged> handler)
    {
        lock (_gate)
            _subscribers = _subscribers with { Handlers = [.. _subscribers.Handlers, handler] };
    }

    public sealed class TaskChangeSubscription(ChannelReader<TaskChanged> reader, Action end) : IDisposable
    {
        public ChannelReader<TaskChanged> Reader => reader;

        public void Dispose() => end();
    }

    private sealed record Subscribers(IReadOnlyList<ChannelWriter<TaskChanged>> Writers, IReadOnlyList<Action<TaskChanged>> Handlers);
}
