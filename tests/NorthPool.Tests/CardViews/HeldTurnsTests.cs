using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using NorthPool.CardViews;
using NorthPool.Tasks;

namespace NorthPool.Tests.CardViews;

public sealed class HeldTurnsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero));
    private readonly ConcurrentQueue<CardUpdate> _released = new();
    private readonly HeldTurns _turns;

    public HeldTurnsTests() => _turns = new HeldTurns(_time, TimeSpan.FromSeconds(3), _released.Enqueue);

    [Fact]
    public void ATurnsChangesWaitForItAndGoOutWithItsExtras()
    {
        _turns.Begin("act-1");

        Assert.True(_turns.TryHold(new TaskChanged("BD-001", 2, "act-1")));
        Assert.True(_turns.TryHold(new TaskChanged("BD-001", 3, "act-1")));
        Assert.True(_turns.TryHold(new TaskChanged("BD-002", 5, "act-1")));
        Assert.Empty(_released);
        _turns.End("act-1", new TurnExtras(PostedActivityId: "1001"));

        Assert.Equal(
            [new CardUpdate("BD-001", 3, "1001"), new CardUpdate("BD-002", 5, "1001")],
            _released.OrderBy(u => u.TaskId));
        Assert.Equal(0, _turns.Count);
    }

    [Fact]
    public void ChangesOfNoHeldTurnAreNotHeld()
    {
        _turns.Begin("act-1");

        Assert.False(_turns.TryHold(new TaskChanged("BD-001", 2, ActivityId: null)));
        Assert.False(_turns.TryHold(new TaskChanged("BD-001", 2, "act-2")));
    }

    [Fact]
    public void AChangeWaitsAtMostTheHoldAndThenGoesOutWithoutExtras()
    {
        _turns.Begin("act-1");
        _turns.TryHold(new TaskChanged("BD-001", 2, "act-1"));

        _time.Advance(TimeSpan.FromSeconds(2.9));
        var beforeTheHoldEnds = _released.Count;
        _time.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Equal(0, beforeTheHoldEnds);
        Assert.Equal([new CardUpdate("BD-001", 2)], _released);
        Assert.False(_turns.TryHold(new TaskChanged("BD-002", 4, "act-1")));
        _turns.End("act-1", new TurnExtras(PostedActivityId: "1001"));
        Assert.Single(_released);
        Assert.Equal(0, _turns.Count);
    }

    [Fact]
    public void ASecondDeliveryOfAHeldActivityIsNotHeldAgain()
    {
        Assert.True(_turns.Begin("act-1"));
        Assert.False(_turns.Begin("act-1"));
    }
}
