using NorthPool.IntegrationTests.Support;
using NorthPool.Tasks;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// Issue 9, fault 3: after a restart the in-memory redelivery guard is empty, but the activity id stored with every
// change still makes a redelivered message change nothing.
public sealed class RedeliveryAfterRestartTests : BotTest
{
    private async Task SayAsync(Dictionary<string, object?> activity)
    {
        await Bot.PostAsync(activity);
        await Connector.ReplyToAsync((string)activity["id"]!);
    }

    private async Task RestartAsync()
    {
        await Bot.DisposeAsync();
        Bot = await NorthPoolApp.StartAsync(Bot.DatabasePath);
    }

    [Fact]
    public async Task AnOldProgressUpdateRedeliveredAfterARestartDoesNotRollTheProgressBack()
    {
        await SayAsync(Personal(Connector.ServiceUrl, "认领 PD-010"));
        var early = Personal(Connector.ServiceUrl, "进度 PD-010 11% 开始", id: "progress-11");
        await SayAsync(early);
        await SayAsync(Personal(Connector.ServiceUrl, "进度 PD-010 77% 快完成了"));
        await RestartAsync();

        await Bot.PostAsync(early);
        await Connector.WaitForAsync(_ => Connector.Sent.Count(x => x.Path.EndsWith("/activities/progress-11", StringComparison.Ordinal)) == 2);
        var answer = Connector.Sent.Last(x => x.Path.EndsWith("/activities/progress-11", StringComparison.Ordinal));

        Assert.StartsWith("📈 [PD-010-2026Q4] NRT-Assistant开发 进度已更新为 77%", answer.Sentence);
        Assert.Equal(77, Bot.Tasks.Find("PD-010-2026Q4")!.Progress);
        Assert.Equal(3, Bot.Tasks.History("PD-010-2026Q4", 10).Count);
    }

    [Fact]
    public async Task AnOldClaimRedeliveredAfterARestartDoesNotClaimAReleasedTaskAgain()
    {
        var claim = Personal(Connector.ServiceUrl, "认领 BD-002", id: "claim-once");
        await SayAsync(claim);
        await SayAsync(Personal(Connector.ServiceUrl, "释放 BD-002"));
        await RestartAsync();

        await Bot.PostAsync(claim);
        await Connector.WaitForAsync(s => Connector.Sent.Count(x => x.Path.EndsWith("/activities/claim-once", StringComparison.Ordinal)) == 2);

        var task = Bot.Tasks.Find("BD-002-2026M11")!;
        Assert.Equal((TaskState.Pooled, (string?)null), (task.State, task.OwnerId));
        Assert.Equal([TaskTrigger.Claim, TaskTrigger.Release], Bot.Tasks.History(task.Id, 10).Reverse().Select(a => a.Trigger));
    }
}
