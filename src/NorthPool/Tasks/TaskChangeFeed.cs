using System.Threading.Channels;

namespace NorthPool.Tasks;

// In-process notification of committed task changes. Each subscriber gets its own unbounded queue, so a slow one
// (a card updater waiting on Teams) never holds up a commit or another subscriber. The web board and, with several
// instances, a cross-instance channel subscribe here too.
public sealed class TaskChangeFeed
{
    private readonly Lock _gate = new();
    private ImmutableSubscribers _subscribers = new([]);

    public void Publish(TaskChanged change)
    {
        foreach (var subscriber in _subscribers.Writers)
            subscriber.TryWrite(change);
    }

    public ChannelReader<TaskChanged> Subscribe()
    {
        var channel = Channel.CreateUnbounded<TaskChanged>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
            _subscribers = new([.. _subscribers.Writers, channel.Writer]);
        return channel.Reader;
    }

    private sealed record ImmutableSubscribers(IReadOnlyList<ChannelWriter<TaskChanged>> Writers);
}
