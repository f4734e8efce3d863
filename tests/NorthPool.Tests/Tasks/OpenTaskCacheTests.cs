using NorthPool.Tasks;
using NorthPool.Tests.Support;
using static NorthPool.Tests.Support.People;

namespace NorthPool.Tests.Tasks;

// The open tasks are served from memory (OpenTaskCache inside TaskStore); these check that memory against the file.
public class OpenTaskCacheTests
{
    [Fact]
    public async Task ACommittedMoveIsInTheOpenTasksWhenItsWriterReturns()
    {
        using var store = TestStore.CreateSeeded();
        Assert.Equal(58, store.Tasks.Open().Count);

        await store.Tasks.ApplyAsync(new TaskMove("BD-001-2026W48", TaskTrigger.Claim, Zhang, TestStore.Start), default);
        var claimed = Assert.Single(store.Tasks.Open(), t => t.Id == "BD-001-2026W48");
        Assert.Equal((TaskState.InProgress, Zhang.Id), (claimed.State, claimed.OwnerId));
        Assert.Equal(["BD-001-2026W48"], store.Tasks.OpenOwnedBy(Zhang.Id).Select(t => t.Id));

        await store.Tasks.ApplyAsync(new TaskMove("BD-001-2026W48", TaskTrigger.Finish, Zhang, TestStore.Start), default);
        Assert.DoesNotContain(store.Tasks.Open(), t => t.Id == "BD-001-2026W48");
        Assert.Empty(store.Tasks.OpenOwnedBy(Zhang.Id));
        Assert.Equal(TaskState.Done, store.Tasks.Find("BD-001-2026W48")!.State);
    }

    [Fact]
    public async Task AWriteThatRollsBackNeverReachesTheOpenTasks()
    {
        using var store = TestStore.CreateSeeded();
        var before = store.Tasks.Find("BD-001-2026W48")!;

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.Writer.WriteAsync<int>(() =>
        {
            store.Tasks.Update(before with { State = TaskState.InProgress, OwnerId = Zhang.Id, Version = before.Version + 1 });
            throw new InvalidOperationException("after the write");
        }, default));

        Assert.Equal(before, store.Tasks.Find("BD-001-2026W48"));
        Assert.Equal(before, store.Db.Tasks.FindById("BD-001-2026W48"));
        Assert.Empty(store.Tasks.OpenOwnedBy(Zhang.Id));
    }

    [Fact]
    public async Task TheOpenTasksEqualTheFilesOpenTasksAfterManyConcurrentChanges()
    {
        using var store = TestStore.CreateSeeded();
        _ = store.Tasks.Open();
        var ids = store.Tasks.Open().Select(t => t.Id).Order(StringComparer.Ordinal).ToList();
        var people = new[] { Zhang, Li, Admin };
        var triggers = new[] { TaskTrigger.Claim, TaskTrigger.Release, TaskTrigger.Claim, TaskTrigger.Finish };
        var random = new Random(7);

        var moves = Enumerable.Range(0, 400).Select(i => store.Tasks.ApplyAsync(
            new TaskMove(ids[random.Next(ids.Count)], triggers[random.Next(triggers.Length)], people[random.Next(people.Length)], TestStore.Start, ActivityId: $"a{i}"),
            default));
        await Task.WhenAll(moves);
        store.Time.Advance(TimeSpan.FromDays(8));
        store.OpenPeriod();

        var fromFile = store.All().Where(t => TaskTransitions.IsOpen(t.State)).OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
        // As JSON: MissedPeriods is a list, which record equality compares by reference.
        static List<string> Json(IEnumerable<TaskInstance> tasks) => [.. tasks.Select(t => System.Text.Json.JsonSerializer.Serialize(t))];
        Assert.Equal(Json(fromFile), Json(store.Tasks.Open().OrderBy(t => t.Id, StringComparer.Ordinal)));
        Assert.Contains(fromFile, t => t.State == TaskState.InProgress);
        Assert.Contains(store.All(), t => t.State == TaskState.Done);
    }

    [Fact]
    public async Task AReaderNeverSeesHalfOfACommit()
    {
        using var store = TestStore.CreateSeeded();
        var (a, b) = ("BD-001-2026W48", "BD-002-2026M11");
        var before = (store.Tasks.Find(a)!.Version, store.Tasks.Find(b)!.Version);
        (int A, int B)? seenMidway = null;

        await store.Writer.WriteAsync(() =>
        {
            store.Tasks.Update(store.Db.Tasks.FindById(a) with { Version = 10 });
            // Runs after A's row is handed to the cache and before B's: a reader at that moment.
            store.Writer.AfterCommit(() => seenMidway = (store.Tasks.Find(a)!.Version, store.Tasks.Find(b)!.Version));
            return store.Tasks.Update(store.Db.Tasks.FindById(b) with { Version = 10 });
        }, default);

        Assert.Equal(before, seenMidway);
        Assert.Equal((10, 10), (store.Tasks.Find(a)!.Version, store.Tasks.Find(b)!.Version));
    }

    [Fact]
    public async Task AReaderThatFindsANewInstanceInTheFileFindsTheRestOfItsCommitInMemory()
    {
        using var store = TestStore.CreateSeeded();
        var (closing, opening) = ("BD-001-2026W48", "BD-001-2026W49");
        _ = store.Tasks.Open();
        Task<TaskState>? reader = null;

        await store.Writer.WriteAsync(() =>
        {
            var old = store.Db.Tasks.FindById(closing);
            store.Tasks.Insert(old with { Id = opening, Slot = "BD-001@2026W49", PeriodKey = "2026W49", Version = 0 });
            store.Tasks.Update(old with { State = TaskState.Cancelled, Version = old.Version + 1 });
            // Committed, not yet in memory: a reader on another thread gets the time to look while the writer waits.
            store.Writer.AfterCommit(() =>
            {
                reader = Task.Run(() =>
                {
                    SpinWait.SpinUntil(() => store.Tasks.Find(opening) is not null, TimeSpan.FromSeconds(5));
                    return store.Tasks.Find(closing)!.State;
                });
                Thread.Sleep(200);
            });
            return 0;
        }, default);

        Assert.Equal(TaskState.Cancelled, await reader!);
    }

    // The cache is only right if nothing else writes the collection: every write goes through TaskStore.
    [Fact]
    public void NothingButTaskStoreWritesTheTasksCollection()
    {
        var src = Path.Combine(RepoPaths.Root, "src");
        var writes = new System.Text.RegularExpressions.Regex(@"\.Tasks\.(Insert|InsertBulk|Update|UpdateMany|Upsert|Delete|DeleteMany|DeleteAll)\b");
        var offenders = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && Path.GetFileName(f) != "TaskStore.cs")
            .Where(f => writes.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(src, f))
            .ToList();

        Assert.Empty(offenders);
    }
}
