using System.Runtime.CompilerServices;
using Microsoft.Extensions.Time.Testing;
using NorthPool.BotFramework.Inbound;
using NorthPool.BotFramework.Schema;

namespace NorthPool.Tests.BotFramework;

public class ActivityDeduplicatorTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 24, 1, 0, 0, TimeSpan.Zero));
    private int _started;

    private bool Begin(ActivityDeduplicator deduplicator, string activityId, out Task<InvokeResponse?> turn) =>
        deduplicator.TryBegin("a:conversation", activityId, () =>
        {
            Interlocked.Increment(ref _started);
            return Task.FromResult<InvokeResponse?>(InvokeResponse.Message(activityId));
        }, out turn);

    [Fact]
    public void A_redelivery_gets_the_first_deliverys_turn_and_starts_nothing()
    {
        var deduplicator = new ActivityDeduplicator(_clock);

        Assert.True(Begin(deduplicator, "1", out var first));
        _clock.Advance(TimeSpan.FromMinutes(4));
        Assert.False(Begin(deduplicator, "1", out var again));

        Assert.Same(first, again);
        Assert.Equal(1, _started);
    }

    [Fact]
    public void Entries_leave_in_arrival_order_once_older_than_the_window()
    {
        var deduplicator = new ActivityDeduplicator(_clock);
        Begin(deduplicator, "old", out _);
        _clock.Advance(TimeSpan.FromMinutes(3));
        Begin(deduplicator, "newer", out _);

        _clock.Advance(ActivityDeduplicator.Window - TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(1));
        Begin(deduplicator, "now", out _);

        Assert.False(Begin(deduplicator, "newer", out _));
        Assert.True(Begin(deduplicator, "old", out _));
    }

    [Fact]
    public void The_count_never_passes_capacity_and_the_oldest_go_first()
    {
        var deduplicator = new ActivityDeduplicator(_clock, capacity: 100);

        for (var i = 0; i < 10_000; i++)
        {
            Begin(deduplicator, i.ToString(), out _);
            Assert.True(deduplicator.Count <= 100);
        }

        Assert.False(Begin(deduplicator, "9999", out _));
        Assert.False(Begin(deduplicator, "9950", out _));
        Assert.True(Begin(deduplicator, "0", out _));
    }

    [Fact]
    public void A_call_removes_at_most_two_expired_entries_however_many_there_are()
    {
        var deduplicator = new ActivityDeduplicator(_clock);
        for (var i = 0; i < 1_000; i++)
            Begin(deduplicator, i.ToString(), out _);
        _clock.Advance(ActivityDeduplicator.Window + TimeSpan.FromSeconds(1));

        Begin(deduplicator, "next", out _);
        Assert.Equal(999, deduplicator.Count);

        for (var i = 0; i < 600; i++)
            Begin(deduplicator, $"later-{i}", out _);
        Assert.Equal(601, deduplicator.Count);
    }

    [Fact]
    public void A_delivery_after_the_window_takes_the_place_of_the_old_entry_and_is_counted_once()
    {
        var deduplicator = new ActivityDeduplicator(_clock);
        Begin(deduplicator, "1", out _);
        _clock.Advance(ActivityDeduplicator.Window + TimeSpan.FromSeconds(1));

        var replaced = Begin(deduplicator, "1", out _);

        Assert.True(replaced);
        Assert.Equal(1, deduplicator.Count);
    }

    [Fact]
    public async Task A_kept_entry_does_not_hold_the_activity_that_started_it()
    {
        var deduplicator = new ActivityDeduplicator(_clock);
        var (activity, turn) = BeginWithActivity(deduplicator);
        await turn;

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(activity.TryGetTarget(out _));
        Assert.Equal(1, deduplicator.Count);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference<Activity>, Task<InvokeResponse?>) BeginWithActivity(ActivityDeduplicator deduplicator)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Id = "1", Text = new string('x', 10_000) };
        deduplicator.TryBegin("a:conversation", activity.Id, () => Task.FromResult(activity.Text.Length > 0 ? InvokeResponse.Message("ok") : null), out var turn);
        return (new WeakReference<Activity>(activity), turn);
    }
}
