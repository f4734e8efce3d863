using System.Collections.Concurrent;
using NorthPool.CardViews;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.CardViews;

// Keys are "lane/name"; work is a list of the values queued, so a merge shows what it merged.
public sealed class CoalescingQueueTests : IAsyncLifetime
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<string> _started = new();
    private readonly ConcurrentQueue<(string Key, IReadOnlyList<int> Work)> _handled = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new();
    private readonly ConcurrentQueue<Exception> _errors = new();
    private CoalescingQueue<string, IReadOnlyList<int>> _queue = null!;
    private Task _running = Task.CompletedTask;
    private int _active;
    private int _maxActive;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var gate in _gates.Values)
            gate.TrySetResult();
        await _stop.CancelAsync();
        await _running.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Empty(_errors);
    }

    private void Start(int maxConcurrency)
    {
        _queue = new(key => key.Split('/')[0], (waiting, later) => [.. waiting, .. later], maxConcurrency);
        _running = _queue.RunAsync(HandleAsync, (_, ex) => _errors.Enqueue(ex), _stop.Token);
    }

    // A key whose gate is set runs until the test opens it.
    private TaskCompletionSource Gate(string key) => _gates.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task HandleAsync(string key, IReadOnlyList<int> work, CancellationToken cancellationToken)
    {
        var active = Interlocked.Increment(ref _active);
        InterlockedMax(ref _maxActive, active);
        try
        {
            _started.Enqueue(key);
            if (_gates.TryGetValue(key, out var gate))
                await gate.Task.WaitAsync(cancellationToken);
            _handled.Enqueue((key, work));
        }
        finally
        {
            Interlocked.Decrement(ref _active);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private int Handled(string key) => _handled.Count(h => h.Key == key);

    [Fact]
    public async Task WorkForAKeyThatIsWaitingMergesIntoIt()
    {
        Start(maxConcurrency: 1);
        Gate("a/blocker");
        _queue.Enqueue("a/blocker", [0]);
        await Eventually.TrueAsync(() => _started.Contains("a/blocker"));

        for (var i = 1; i <= 100; i++)
            _queue.Enqueue("a/task", [i]);
        Gate("a/blocker").SetResult();
        await Eventually.TrueAsync(() => Handled("a/task") == 1 && _queue.Lanes == 0);

        Assert.Equal(Enumerable.Range(1, 100), _handled.Single(h => h.Key == "a/task").Work);
    }

    [Fact]
    public async Task WorkForAKeyThatIsRunningRunsAgainAfterItNeverAlongside()
    {
        Start(maxConcurrency: 4);
        Gate("a/task");
        _queue.Enqueue("a/task", [1]);
        await Eventually.TrueAsync(() => _started.Contains("a/task"));

        _queue.Enqueue("a/task", [2]);
        _queue.Enqueue("a/task", [3]);
        Assert.Equal(1, _queue.Waiting);
        Gate("a/task").SetResult();
        await Eventually.TrueAsync(() => Handled("a/task") == 2);

        Assert.Equal([[1], [2, 3]], _handled.Where(h => h.Key == "a/task").Select(h => h.Work.ToArray()));
        Assert.Equal(1, Volatile.Read(ref _maxActive));
    }

    [Fact]
    public async Task EachLaneRunsItsKeysInTheOrderTheyWereFirstQueued()
    {
        Start(maxConcurrency: 4);
        Gate("a/0");
        _queue.Enqueue("a/0", [0]);
        await Eventually.TrueAsync(() => _started.Contains("a/0"));

        foreach (var name in new[] { "c", "b", "d", "b", "a", "c" })
            _queue.Enqueue($"a/{name}", [1]);
        Gate("a/0").SetResult();
        await Eventually.TrueAsync(() => _handled.Count == 5);

        Assert.Equal(["a/0", "a/c", "a/b", "a/d", "a/a"], _handled.Select(h => h.Key));
    }

    [Fact]
    public async Task ALaneThatHangsDoesNotHoldUpOtherLanes()
    {
        Start(maxConcurrency: 2);
        Gate("slow/1");
        _queue.Enqueue("slow/1", [1]);
        _queue.Enqueue("slow/2", [2]);
        await Eventually.TrueAsync(() => _started.Contains("slow/1"));

        for (var i = 0; i < 20; i++)
            _queue.Enqueue($"fast{i % 5}/{i}", [i]);
        await Eventually.TrueAsync(() => _handled.Count == 20);

        Assert.DoesNotContain(_started, key => key == "slow/2");
        Assert.All(_handled, h => Assert.StartsWith("fast", h.Key));
    }

    [Fact]
    public async Task AtMostMaxConcurrencyLanesRunAtOnce()
    {
        Start(maxConcurrency: 3);
        for (var lane = 0; lane < 10; lane++)
        {
            Gate($"{lane}/x");
            _queue.Enqueue($"{lane}/x", [lane]);
        }
        await Eventually.TrueAsync(() => _started.Count == 3);

        for (var lane = 0; lane < 10; lane++)
        {
            await Eventually.TrueAsync(() => _started.Count >= Math.Min(lane + 3, 10));
            foreach (var key in _started.ToArray())
                Gate(key).TrySetResult();
        }
        await Eventually.TrueAsync(() => _handled.Count == 10);

        Assert.Equal(3, Volatile.Read(ref _maxActive));
    }

    [Fact]
    public async Task WhatWaitsIsBoundedByTheKeysNotByTheWorkQueued()
    {
        Start(maxConcurrency: 1);
        Gate("x/blocker");
        _queue.Enqueue("x/blocker", [0]);
        await Eventually.TrueAsync(() => _started.Contains("x/blocker"));

        for (var i = 0; i < 10_000; i++)
            _queue.Enqueue($"{i % 5}/{i % 50}", [1]);

        Assert.Equal(50, _queue.Waiting);
        Assert.Equal(6, _queue.Lanes);
        Gate("x/blocker").SetResult();
        await Eventually.TrueAsync(() => _handled.Count == 51 && _queue.Lanes == 0);
        Assert.Equal(0, _queue.Waiting);
        Assert.Equal(10_000, _handled.Where(h => h.Key != "x/blocker").Sum(h => h.Work.Count));
    }

    [Fact]
    public async Task AHandlerThatThrowsIsReportedAndTheLaneGoesOn()
    {
        var failed = new ConcurrentQueue<string>();
        var handled = new ConcurrentQueue<string>();
        var queue = new CoalescingQueue<string, int>(key => key.Split('/')[0], (_, later) => later, maxConcurrency: 1);
        var running = queue.RunAsync(
            (key, _, _) => key.EndsWith("bad", StringComparison.Ordinal) ? throw new InvalidOperationException("bug") : Record(handled, key),
            (key, _) => failed.Enqueue(key),
            _stop.Token);

        queue.Enqueue("a/bad", 1);
        queue.Enqueue("a/good", 2);
        await Eventually.TrueAsync(() => handled.Count == 1);
        await _stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(["a/bad"], failed);
        Assert.Equal(["a/good"], handled);
    }

    private static Task Record(ConcurrentQueue<string> into, string key)
    {
        into.Enqueue(key);
        return Task.CompletedTask;
    }
}
