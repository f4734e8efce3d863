using NorthPool.Pools;
using NorthPool.Tasks;
using NorthPool.Tests.Support;
using static NorthPool.Tests.Support.People;

namespace NorthPool.Tests.Tasks;

public class TaskStoreTests
{
    private static TaskMove Move(string id, TaskTrigger trigger, NorthPool.Members.Member who, string? reason = null, int? progress = null) =>
        new(id, trigger, who, TestStore.Start, reason, progress, ActivityId: "act-1");

    [Fact]
    public void AFreshStoreHasOneOpenInstancePerPeriodicOrContinuousTemplateAndNoneForOnDemandOnes()
    {
        using var store = TestStore.CreateSeeded();

        var tasks = store.All();

        Assert.Equal(58, tasks.Count);
        Assert.All(tasks, t => Assert.Equal(TaskState.Pooled, t.State));
        Assert.Equal(58, tasks.Select(t => t.TemplateId).Distinct().Count());
        Assert.DoesNotContain(tasks, t => t.TemplateId is "CS-002" or "CS-011" or "EC-022" or "OP-032");
        Assert.Equal(5, store.Db.Pools.Count());
    }

    [Fact]
    public async Task SeedingTwiceCreatesNothingNew()
    {
        using var store = TestStore.CreateSeeded();
        await store.Tasks.ApplyAsync(Move("BD-001-2026W48", TaskTrigger.Claim, Zhang), default);

        using var reopened = store.Reopen();

        Assert.Equal(58, reopened.All().Count);
        Assert.Equal(TaskState.InProgress, reopened.Tasks.Find("BD-001-2026W48")!.State);
    }

    [Fact]
    public async Task ClaimingAPooledTaskMakesTheClaimantItsOwnerAndWritesAnAuditRow()
    {
        using var store = TestStore.CreateSeeded();

        var result = await store.Tasks.ApplyAsync(Move("BD-001-2026W48", TaskTrigger.Claim, Zhang), default);

        var applied = Assert.IsType<TransitionResult.Applied>(result);
        Assert.Equal(TaskState.InProgress, applied.Task.State);
        var stored = store.Tasks.Find("BD-001-2026W48")!;
        Assert.Equal(Zhang.Id, stored.OwnerId);
        Assert.Equal("张伟", stored.OwnerName);
        var entry = Assert.Single(store.Tasks.History("BD-001-2026W48", 10));
        Assert.Equal((TaskState.Pooled, TaskState.InProgress, Zhang.Id, "act-1"), (entry.From, entry.To, entry.ActorId, entry.ActivityId));
        Assert.Equal(TestStore.Start, entry.At);
    }

    [Fact]
    public async Task ASecondClaimantIsToldWhoHoldsTheTaskAndNothingChanges()
    {
        using var store = TestStore.CreateSeeded();
        await store.Tasks.ApplyAsync(Move("BD-001-2026W48", TaskTrigger.Claim, Zhang), default);

        var result = await store.Tasks.ApplyAsync(Move("BD-001-2026W48", TaskTrigger.Claim, Li), default);

        var refused = Assert.IsType<TransitionResult.AlreadyClaimed>(result);
        Assert.Equal("张伟", refused.Task.OwnerName);
        Assert.Equal(Zhang.Id, store.Tasks.Find("BD-001-2026W48")!.OwnerId);
        Assert.Single(store.Tasks.History("BD-001-2026W48", 10));
    }

    [Fact]
    public async Task OnlyTheOwnerMayPauseAndTheRefusalChangesNothing()
    {
        using var store = TestStore.CreateSeeded();
        await store.Tasks.ApplyAsync(Move("BD-001-2026W48", TaskTrigger.Claim, Zhang), default);

        var result = await store.Tasks.ApplyAsync(Move("BD-001-2026W48", TaskTrigger.Pause, Li, reason: "等客户"), default);

        Assert.IsType<TransitionResult.Forbidden>(result);
        Assert.Equal(TaskState.InProgress, store.Tasks.Find("BD-001-2026W48")!.State);
    }

    [Theory]
    [InlineData(TaskTrigger.Pause)]
    [InlineData(TaskTrigger.Cancel)]
    public async Task PauseAndCancelNeedAReason(TaskTrigger trigger)
    {
        using var store = TestStore.CreateSeeded();
        await store.Tasks.ApplyAsync(Move("BD-001-2026W48", TaskTrigger.Claim, Zhang), default);

        var result = await store.Tasks.ApplyAsync(Move("BD-001-2026W48", trigger, Zhang, reason: "  "), default);

        Assert.IsType<TransitionResult.ReasonRequired>(result);
        Assert.Equal(TaskState.InProgress, store.Tasks.Find("BD-001-2026W48")!.State);
    }

    [Fact]
    public async Task AnAdminMayCancelSomeoneElsesTaskButNotPauseIt()
    {
        using var store = TestStore.CreateSeeded();
        await store.Tasks.ApplyAsync(Move("BD-001-2026W48", TaskTrigger.Claim, Zhang), default);

        var pause = await store.Tasks.ApplyAsync(Move("BD-001-2026W48", TaskTrigger.Pause, Admin, reason: "x"), default);
        var cancel = await store.Tasks.ApplyAsync(Move("BD-001-2026W48", TaskTrigger.Cancel, Admin, reason: "需求变更"), default);

        Assert.IsType<TransitionResult.Forbidden>(pause);
        Assert.Equal(TaskState.Cancelled, Assert.IsType<TransitionResult.Applied>(cancel).Task.State);
    }

    [Fact]
    public async Task AnIllegalMoveReportsTheStateAndTheMovesAllowed()
    {
        using var store = TestStore.CreateSeeded();

        var result = await store.Tasks.ApplyAsync(Move("BD-001-2026W48", TaskTrigger.Finish, Zhang), default);

        var illegal = Assert.IsType<TransitionResult.Illegal>(result);
        Assert.Equal(TaskState.Pooled, illegal.Task.State);
        Assert.Equal([TaskTrigger.Claim], illegal.Allowed);
        Assert.Empty(store.Tasks.History("BD-001-2026W48", 10));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(101)]
    [InlineData(-1)]
    public async Task ProgressOutsideZeroToHundredIsRefused(int? percent)
    {
        using var store = TestStore.CreateSeeded();
        await store.Tasks.ApplyAsync(Move("BD-001-2026W48", TaskTrigger.Claim, Zhang), default);

        var result = await store.Tasks.ApplyAsync(Move("BD-001-2026W48", TaskTrigger.Progress, Zhang, progress: percent), default);

        Assert.IsType<TransitionResult.InvalidProgress>(result);
        Assert.Equal(0, store.Tasks.Find("BD-001-2026W48")!.Progress);
    }

    [Fact]
    public async Task ReleasingPutsTheTaskBackInThePoolWithoutAnOwner()
    {
        using var store = TestStore.CreateSeeded();
        await store.Tasks.ApplyAsync(Move("BD-001-2026W48", TaskTrigger.Claim, Zhang), default);

        await store.Tasks.ApplyAsync(Move("BD-001-2026W48", TaskTrigger.Release, Zhang), default);

        var task = store.Tasks.Find("BD-001-2026W48")!;
        Assert.Equal(TaskState.Pooled, task.State);
        Assert.Null(task.OwnerId);
        Assert.IsType<TransitionResult.Applied>(await store.Tasks.ApplyAsync(Move("BD-001-2026W48", TaskTrigger.Claim, Li), default));
    }

    [Fact]
    public async Task ManySimultaneousClaimsLeaveExactlyOneOwnerEveryTime()
    {
        using var store = TestStore.CreateSeeded();
        var claimants = Enumerable.Range(0, 24).Select(i => new NorthPool.Members.Member($"29:user-{i}", $"用户{i}")).ToList();

        foreach (var taskId in new[] { "BD-001-2026W48", "PD-001-2026M11", "CS-001-20261124", "EC-001-2026M11", "OP-001-20261124", "BD-010-2026W48", "PD-010-2026Q4", "CS-010-2026M11" })
        {
            using var go = new ManualResetEventSlim();
            var claims = claimants.Select(who => Task.Run(async () =>
            {
                go.Wait();
                return (who, result: await store.Tasks.ApplyAsync(Move(taskId, TaskTrigger.Claim, who), default));
            })).ToList();
            go.Set();
            var results = await Task.WhenAll(claims);

            var winner = Assert.Single(results, r => r.result is TransitionResult.Applied);
            Assert.All(results.Where(r => r != winner), r => Assert.IsType<TransitionResult.AlreadyClaimed>(r.result));
            Assert.Equal(winner.who.Id, store.Tasks.Find(taskId)!.OwnerId);
            Assert.Single(store.Tasks.History(taskId, 100));
        }
    }

    [Fact]
    public async Task EveryAcknowledgedChangeSurvivesAReopen()
    {
        using var store = TestStore.CreateSeeded();
        var ids = store.All().Select(t => t.Id).ToList();

        var results = await Task.WhenAll(ids.Select((id, i) => Task.Run(() =>
            store.Tasks.ApplyAsync(Move(id, TaskTrigger.Claim, i % 2 == 0 ? Zhang : Li), default))));

        Assert.All(results, r => Assert.IsType<TransitionResult.Applied>(r));
        using var reopened = store.Reopen();
        Assert.All(reopened.All(), t => Assert.Equal(TaskState.InProgress, t.State));
        Assert.Equal(ids.Count, reopened.Db.Audit.Count(a => a.Trigger == TaskTrigger.Claim));
    }

    [Fact]
    public async Task TheNewestFinishedInstancesAreReadThroughTheirIndexWithoutSortingTheRest()
    {
        using var store = TestStore.CreateSeeded();
        var ids = store.Tasks.Open().Take(6).Select(t => t.Id).ToList();
        for (var i = 0; i < ids.Count; i++)
        {
            var at = TestStore.Start.AddMinutes(i);
            await store.Tasks.ApplyAsync(new TaskMove(ids[i], TaskTrigger.Claim, Zhang, at, ActivityId: $"claim-{i}"), default);
            await store.Tasks.ApplyAsync(new TaskMove(ids[i], i == 2 ? TaskTrigger.Cancel : TaskTrigger.Finish, Zhang, at.AddSeconds(30), Reason: "done", ActivityId: $"close-{i}"), default);
        }

        var newest = store.Tasks.Closed(TaskState.Done, 3);

        Assert.Equal([ids[5], ids[4], ids[3]], newest.Select(t => t.Id));
        Assert.Equal([ids[2]], store.Tasks.Closed(TaskState.Cancelled, 3).Select(t => t.Id));
        var plan = store.Db.Tasks.Query().Where("$.ClosedKey BETWEEN @0 AND @1", "Done|0", "Done|9").OrderByDescending("$.ClosedKey").Limit(3).GetPlan();
        Assert.Contains("INDEX RANGE SCAN(ClosedKey", plan["index"]["mode"].AsString);
        Assert.DoesNotContain("orderBy", plan.Keys);
    }
}
