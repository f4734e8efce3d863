using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;

namespace NorthPool.Storage;

// The single writer. LiteDB transactions belong to a thread, so one dedicated thread runs every unit of work.
// Under load it commits up to MaxWritesPerCommit queued units in one transaction (group commit); a unit's result
// is handed back only after its transaction committed. If anything in a group throws, the group is rolled back
// and each unit is replayed in a transaction of its own, so one bad write cannot sink its neighbours.
public sealed class StoreWriter : IDisposable
{
    private readonly BlockingCollection<WriteRequest> _queue = new();
    private readonly ConcurrentQueue<Action> _riders = new();
    private readonly List<Action> _riding = [];
    private readonly List<Action> _afterCommit = [];

    // Held from a transaction's commit until its after-commit work is done (see ReadInStep).
    private readonly Lock _publishing = new();
    private readonly NorthPoolDb _db;
    private readonly int _maxBatch;
    private readonly Thread _thread;

    private readonly Counter<long>? _commits;
    private readonly Histogram<int>? _groupSize;

    // meters: the commits and their group sizes as metrics (northpool.store.*); none in tests that build a writer by hand.
    public StoreWriter(NorthPoolDb db, IOptions<StorageOptions> options, IMeterFactory? meters = null)
    {
        _db = db;
        _maxBatch = options.Value.MaxWritesPerCommit;
        if (meters?.Create("NorthPool.Store") is { } meter)
        {
            _commits = meter.CreateCounter<long>("northpool.store.commits", description: "Transactions committed by the single writer");
            _groupSize = meter.CreateHistogram<int>("northpool.store.commit.size", unit: "{unit}", description: "Units of work committed together (group commit)");
        }
        _thread = new Thread(Run) { IsBackground = true, Name = "NorthPool.StoreWriter" };
        _thread.Start();
    }

    public long Commits { get; private set; }

    // Units waiting for the writer now, and the longest a unit of the last commit waited before it ran: what /readyz
    // and the write-queue alert watch.
    public int Pending => _queue.Count;

    public TimeSpan LastWait { get; private set; }

    // Units of work run again because another instance changed what they read (PostgreSQL).
    public long Retries { get; private set; }

    // Riders that threw; the units they rode with committed all the same.
    public long FailedRiders { get; private set; }

    // After-commit actions that threw (a bug: they only copy committed state into memory).
    public long FailedAfterCommits { get; private set; }

    // The unit of work must be synchronous and must do all its checks before its first write.
    public Task<T> WriteAsync<T>(Func<T> unitOfWork, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var request = new WriteRequest<T>(unitOfWork, cancellationToken);
        _queue.Add(request, cancellationToken);
        return request.Task;
    }

    // Runs on the writer thread between two commits and outside any transaction: every write acknowledged before it is
    // on disk, and none is written while it runs. For a point-in-time look at the files (Backups/BackupMaker); keep
    // it short, chat's writes wait behind it.
    public Task<T> BetweenCommitsAsync<T>(Func<T> action, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var request = new WriteRequest<T>(action, cancellationToken) { Alone = true };
        _queue.Add(request, cancellationToken);
        return request.Task;
    }

    // A small write that can wait (the id of a card just posted): it never costs a commit of its own but rides in the
    // next unit's transaction, ahead of that unit, or in the last one at shutdown. A crash before then loses it, so
    // only what a later change does not depend on may ride.
    public void WriteWithNext(Action write) => _riders.Enqueue(write);

    // Inside a unit of work: runs on the writer thread once the unit's transaction is committed and on disk, before
    // the unit's caller hears of it, in the order registered; dropped if the transaction rolls back. An action may
    // register another, which runs after every one already registered. For in-memory copies of committed state
    // (OpenTaskCache): quick, no I/O, must not throw.
    public void AfterCommit(Action action)
    {
        if (Thread.CurrentThread != _thread)
            throw new InvalidOperationException("AfterCommit is called inside a unit of work only.");
        _afterCommit.Add(action);
    }

    // A read of the file that must not run ahead of the in-memory copies kept by AfterCommit (a cache miss falling back
    // to the file): it waits while a commit is between its durable point and its after-commit work, and holds the next
    // commit back for the moment it takes.
    public T ReadInStep<T>(Func<T> read)
    {
        lock (_publishing)
            return read();
    }

    private void Run()
    {
        var batch = new List<WriteRequest>(_maxBatch);
        foreach (var taken in _queue.GetConsumingEnumerable())
        {
            var next = taken;
            while (next is not null)
                next = next.Alone ? RunAlone(next) : CommitFrom(next, batch);
        }
    }

    // Commits first and the units queued behind it, up to MaxWritesPerCommit; hands back a request that must run alone
    // if it met one.
    private WriteRequest? CommitFrom(WriteRequest first, List<WriteRequest> batch)
    {
        WriteRequest? alone = null;
        batch.Clear();
        batch.Add(first);
        while (batch.Count < _maxBatch && _queue.TryTake(out var next))
        {
            if (next.Alone)
            {
                alone = next;
                break;
            }
            batch.Add(next);
        }
        batch.RemoveAll(r => r.CancelIfRequested());
        if (batch.Count > 0 && TryCommit(batch) is not null)
        {
            foreach (var request in batch)
                CommitAlone(request);
        }
        return alone;
    }

    // How often a unit of work runs again when another instance changed what it read (PostgreSQL only).
    public const int MaxAttempts = 20;

    private void CommitAlone(WriteRequest request)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (TryCommit([request]) is not { } error)
                return;
            if (attempt >= MaxAttempts || !_db.IsRetryable(error))
            {
                request.Fail(error);
                return;
            }
            Retries++;
            // Apart from the instance it collided with, so both do not collide again.
            Thread.Sleep(Random.Shared.Next(1, 2 + 2 * attempt));
        }
    }

    private static WriteRequest? RunAlone(WriteRequest request)
    {
        if (request.CancelIfRequested())
            return null;
        try
        {
            request.Execute();
            request.Complete();
        }
        catch (Exception ex)
        {
            request.Fail(ex);
        }
        return null;
    }

    // The transaction's error, or null once it committed and its requests are complete.
    private Exception? TryCommit(List<WriteRequest> batch)
    {
        var publishing = false;
        try
        {
            // Inside: beginning can fail too (PostgreSQL unreachable), and must fail the units, not the writer thread.
            _db.Database.BeginTrans();
            RunRiders();
            var longest = 0L;
            foreach (var request in batch)
            {
                longest = Math.Max(longest, System.Diagnostics.Stopwatch.GetTimestamp() - request.EnqueuedAt);
                request.Execute();
            }
            LastWait = TimeSpan.FromSeconds((double)longest / System.Diagnostics.Stopwatch.Frequency);
            _publishing.Enter();
            publishing = true;
            _db.Database.Commit();
            _db.SyncLog();
            Commits++;
            _commits?.Add(1);
            _groupSize?.Record(batch.Count);
            _riding.Clear();
        }
        catch (Exception ex)
        {
            if (publishing)
                _publishing.Exit();
            _afterCommit.Clear();
            _db.Database.Rollback();
            return ex;
        }

        try
        {
            RunAfterCommit();
        }
        finally
        {
            _publishing.Exit();
        }
        foreach (var request in batch)
            request.Complete();
        return null;
    }

    private void RunAfterCommit()
    {
        // By index: an action may add more.
        for (var i = 0; i < _afterCommit.Count; i++)
        {
            try
            {
                _afterCommit[i]();
            }
            catch (Exception)
            {
                FailedAfterCommits++;
            }
        }
        _afterCommit.Clear();
    }

    // Riders of a transaction that rolled back ride again in the next one.
    private void RunRiders()
    {
        while (_riders.TryDequeue(out var rider))
            _riding.Add(rider);
        foreach (var rider in _riding)
        {
            try
            {
                rider();
            }
            catch (Exception)
            {
                FailedRiders++;
            }
        }
    }

    public void Dispose()
    {
        if (_queue.IsAddingCompleted)
            return;
        _queue.CompleteAdding();
        _thread.Join();
        if (!_riders.IsEmpty)
            TryCommit([]);
    }

    private abstract class WriteRequest
    {
        public bool Alone { get; init; }

        public long EnqueuedAt { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

        public abstract bool CancelIfRequested();
        public abstract void Execute();
        public abstract void Complete();
        public abstract void Fail(Exception exception);
    }

    private sealed class WriteRequest<T>(Func<T> unitOfWork, CancellationToken cancellationToken) : WriteRequest
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T _result = default!;

        public Task<T> Task => _completion.Task;

        public override bool CancelIfRequested() =>
            cancellationToken.IsCancellationRequested && _completion.TrySetCanceled(cancellationToken);

        public override void Execute() => _result = unitOfWork();

        public override void Complete() => _completion.TrySetResult(_result);

        public override void Fail(Exception exception) => _completion.TrySetException(exception);
    }
}
