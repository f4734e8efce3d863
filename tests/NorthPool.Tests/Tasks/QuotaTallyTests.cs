using NorthPool.Tasks;
using NorthPool.Tests.Support;
using static NorthPool.Tests.Support.People;

namespace NorthPool.Tests.Tasks;

public class QuotaTallyTests
{
    private const string Weekly = "BD-001-2026W48";

    private static TaskMove Log(string id, NorthPool.Members.Member who, int units = 1, string? note = null, string source = "chat") =>
        new(id, TaskTrigger.Log, who, TestStore.Start, note) { Units = units, Source = source };

    [Fact]
    public async Task EachLoggedUnitIsAnAuditRowWithItsNoteAndTheTallyAfterIt()
    {
        using var store = TestStore.CreateSeeded();
        await store.Tasks.ApplyAsync(new TaskMove(Weekly, TaskTrigger.Claim, Zhang, TestStore.Start), default);

        await store.Tasks.ApplyAsync(Log(Weekly, Zhang, note: "广东移动 拜访"), default);
        var result = await store.Tasks.ApplyAsync(Log(Weekly, Zhang, units: 2, note: "广西移动、海南电信", source: "crm:visit:7"), default);

        var task = Assert.IsType<TransitionResult.Applied>(result).Task;
        Assert.Equal(("3/3 家", true, 100), (task.Quota!.ToString(), task.Quota.IsMet, task.Progress));
        Assert.Equal(TaskState.InProgress, task.State);
        var logs = store.Tasks.History(Weekly, 10).Where(a => a.Trigger == TaskTrigger.Log).OrderBy(a => a.Id).ToList();
        Assert.Equal([(1, "广东移动 拜访", "chat"), (2, "广西移动、海南电信", "crm:visit:7"), (3, "广西移动、海南电信", "crm:visit:7")], logs.Select(a => (a.Tally!.Value, a.Reason, a.Source)));
    }

    [Fact]
    public async Task LoggingBeyondTheTargetKeepsCountingAndDoesNotFinishTheTask()
    {
        using var store = TestStore.CreateSeeded();
        await store.Tasks.ApplyAsync(new TaskMove(Weekly, TaskTrigger.Claim, Zhang, TestStore.Start), default);

        var result = await store.Tasks.ApplyAsync(Log(Weekly, Zhang, units: 4), default);

        var task = Assert.IsType<TransitionResult.Applied>(result).Task;
        Assert.Equal(("4/3 家", 0, TaskState.InProgress), (task.Quota!.ToString(), task.Quota.Remaining, task.State));
    }

    [Fact]
    public async Task OnlyTheOwnerLogsAndOnlyOnAClaimedQuotaTask()
    {
        using var store = TestStore.CreateSeeded();

        var unclaimed = await store.Tasks.ApplyAsync(Log(Weekly, Zhang), default);
        await store.Tasks.ApplyAsync(new TaskMove(Weekly, TaskTrigger.Claim, Zhang, TestStore.Start), default);
        var stranger = await store.Tasks.ApplyAsync(Log(Weekly, Li), default);
        await store.Tasks.ApplyAsync(new TaskMove("OP-002-2026W48", TaskTrigger.Claim, Zhang, TestStore.Start), default);
        var noQuota = await store.Tasks.ApplyAsync(Log("OP-002-2026W48", Zhang), default);

        Assert.IsType<TransitionResult.Illegal>(unclaimed);
        Assert.IsType<TransitionResult.Forbidden>(stranger);
        Assert.IsType<TransitionResult.NotAQuota>(noQuota);
        Assert.Equal(0, store.Tasks.Find(Weekly)!.Quota!.Done);
        Assert.DoesNotContain(store.Db.Audit.FindAll(), a => a.Trigger == TaskTrigger.Log);
    }
}
