using NorthPool.Tests.Support;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NorthPool.IntegrationTests.Support;
using Quartz;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// /healthz says the process is alive; /readyz says whether it can do its work (store, scheduler, backups) and turns
// 503 when the scheduler stops; 状态 shows the same to admins as a card, with the version and the uptime.
public sealed class OperationsTests : BotTest
{
    private async Task<SentActivity> SayAsync(string text, string userId, string name)
    {
        var activity = Personal(Connector.ServiceUrl, text, userId, name);
        Assert.Equal(HttpStatusCode.OK, (await Bot.PostAsync(activity)).StatusCode);
        return await Connector.ReplyActivityAsync((string)activity["id"]!);
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> ReadyAsync()
    {
        var response = await Bot.Http.GetAsync("/readyz");
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    [Fact]
    [Trait("Store", "LiteDbFile")]
    public async Task ReadyzReportsTheStoreTheSchedulerAndTheLastBackup()
    {
        Assert.Equal(HttpStatusCode.OK, (await Bot.Http.GetAsync("/healthz")).StatusCode);
        var (status, before) = await ReadyAsync();
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("Healthy", "Healthy", "Degraded"), (before.GetProperty("checks").GetProperty("store").GetProperty("status").GetString(),
            before.GetProperty("checks").GetProperty("scheduler").GetProperty("status").GetString(), before.GetProperty("checks").GetProperty("backup").GetProperty("status").GetString()));
        Assert.Equal(0, before.GetProperty("checks").GetProperty("store").GetProperty("data").GetProperty("queue").GetInt32());

        await SayAsync("备份", "29:user-admin", "管理员");

        var (_, after) = await ReadyAsync();
        Assert.Equal("Healthy", after.GetProperty("status").GetString());
        Assert.Equal("northpool-20261124-010000.db", after.GetProperty("checks").GetProperty("backup").GetProperty("data").GetProperty("last").GetString());
    }

    [Fact]
    public async Task ReadyzTurnsUnhealthyWhenTheSchedulerStops()
    {
        var scheduler = await Bot.App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await Eventually.TrueAsync(() => scheduler.Status == SchedulerStatus.Running);
        await scheduler.Shutdown();

        var (status, body) = await ReadyAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("scheduler").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await Bot.Http.GetAsync("/healthz")).StatusCode);
    }

    [Fact]
    public async Task StatusIsACardForAdminsAndARefusalNamingThemForOthers()
    {
        var card = (await SayAsync("状态", "29:user-admin", "管理员")).CardText;

        Assert.StartsWith("NorthPool 运行状态", card);
        Assert.Contains("版本: ", card);
        Assert.Contains("运行时长: 0 天 0 小时 0 分", card);
        Assert.Contains("数据库: ✅ 正常 · 写入队列 0，上次等待 ", card);
        Assert.Contains("定时任务: ✅ 正常", card);
        Assert.Contains("最近备份: ⚠️ 需要关注 · 还没有备份（", card);

        var refused = (await SayAsync("状态", "29:user-zhang", "张伟")).Sentence;
        Assert.Contains("管理员", refused);
    }
}
