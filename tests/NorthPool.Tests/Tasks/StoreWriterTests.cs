using NorthPool.Tasks;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Tasks;

public class StoreWriterTests
{
    [Fact]
    public async Task WritesQueuedBehindABusyWriterCommitTogether()
    {
        using var store = TestStore.CreateSeeded();
        var (blocker, release) = BlockWriter(store);
        var before = store.Writer.Commits;

        var claims = store.All().Take(16)
            .Select(t => store.Tasks.ApplyAsync(new TaskMove(t.Id, TaskTrigger.Claim, People.Zhang, TestStore.Start), default))
            .ToList();
        release();
        await blocker;
        var results = await Task.WhenAll(claims);

        Assert.All(results, r => Assert.IsType<TransitionResult.Applied>(r));
        Assert.Equal(before + 2, store.Writer.Commits);
    }

    [Fact]
    public async Task AFailingWriteIsReportedAndDoesNotUndoItsNeighbours()
    {
        using var store = TestStore.CreateSeeded();
        var (blocker, release) = BlockWriter(store);

        var first = store.Tasks.ApplyAsync(new TaskMove("BD-001-2026W48", TaskTrigger.Claim, People.Zhang, TestStore.Start), default);
        var failing = store.Writer.WriteAsync<int>(() =>
        {
            store.Db.Tasks.DeleteAll();
            throw new InvalidOperationException("boom");
        }, default);
        var last = store.Tasks.ApplyAsync(new TaskMove("BD-002-2026M11", TaskTrigger.Claim, People.Li, TestStore.Start), default);
        release();
        await blocker;

        Assert.IsType<TransitionResult.Applied>(await first);
        Assert.IsType<TransitionResult.Applied>(await last);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Equal(58, store.All().Count);
        Assert.Equal(People.Li.Id, store.Tasks.Find("BD-002-2026M11")!.OwnerId);
    }

    [Fact]
    public async Task AWriteCancelledBeforeItRunsChangesNothing()
    {
        using var store = TestStore.CreateSeeded();
        var (blocker, release) = BlockWriter(store);
        using var cts = new CancellationTokenSource();

        var claim = store.Tasks.ApplyAsync(new TaskMove("BD-001-2026W48", TaskTrigger.Claim, People.Zhang, TestStore.Start), cts.Token);
        cts.Cancel();
        release();
        await blocker;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => claim);
        Assert.Equal(TaskState.Pooled, store.Tasks.Find("BD-001-2026W48")!.State);
    }

    [Fact]
    public async Task WorkAfterACommitRunsBeforeTheWritersCallerResumes()
    {
        using var store = TestStore.CreateSeeded();
        long? committedWhenRun = null;

        await store.Writer.WriteAsync(() =>
        {
            store.Writer.AfterCommit(() => committedWhenRun = store.Writer.Commits);
            return 0;
        }, default);

        Assert.Equal(store.Writer.Commits, committedWhenRun);
    }

    [Fact]
    public async Task WorkAfterACommitRunsOnceForAUnitReplayedAfterItsGroupFailed_AndNeverForTheFailingUnit()
    {
        using var store = TestStore.CreateSeeded();
        var (blocker, release) = BlockWriter(store);
        var ran = new List<string>();

        var good = store.Writer.WriteAsync(() => { store.Writer.AfterCommit(() => ran.Add("good")); return 0; }, default);
        var failing = store.Writer.WriteAsync<int>(() =>
        {
            store.Writer.AfterCommit(() => ran.Add("failing"));
            throw new InvalidOperationException("boom");
        }, default);
        release();
        await blocker;
        await good;
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);

        Assert.Equal(["good"], ran);
    }

    [Fact]
    public void WorkAfterACommitCanOnlyBeAskedForInsideAUnitOfWork()
    {
        using var store = TestStore.CreateSeeded();

        Assert.Throws<InvalidOperationException>(() => store.Writer.AfterCommit(() => { }));
    }

    // Occupies the writer thread until release() is called, so later writes queue up behind it.
    private static (Task Blocker, Action Release) BlockWriter(TestStore store)
    {
        var started = new ManualResetEventSlim();
        var gate = new ManualResetEventSlim();
        var blocker = store.Writer.WriteAsync(() =>
        {
            started.Set();
            gate.Wait();
            return 0;
        }, default);
        started.Wait();
        return (blocker, gate.Set);
    }
}
