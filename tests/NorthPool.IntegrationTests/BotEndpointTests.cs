using System.Net;
using System.Text.Json;
using NorthPool.IntegrationTests.Support;
using NorthPool.Proactive;
using NorthPool.Tasks;
using Microsoft.Extensions.DependencyInjection;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

public sealed class BotEndpointTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private NorthPoolApp _app = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = await NorthPoolApp.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private void AssertNothingChanged()
    {
        Assert.Equal(0, _app.Db.Audit.Count());
        Assert.All(_app.Tasks.All(), t => Assert.Equal(TaskState.Pooled, t.State));
    }

    [Fact]
    public async Task ABodyOverTheLimitIs413AndChangesNothing()
    {
        var activity = Personal(_connector.ServiceUrl, "认领 BD-001");
        activity["padding"] = new string('x', 300 * 1024);

        var response = await _app.PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        AssertNothingChanged();
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":\"认领 BD-001\"")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"text\":\"认领 BD-001\"}")]
    [InlineData("{\"type\":\"message\",\"text\":\"认领 BD-001\",\"serviceUrl\":\"http://127.0.0.1:1/\",\"from\":{\"id\":\"29:x\"}}")]
    [InlineData("{\"type\":\"message\",\"text\":\"认领 BD-001\",\"conversation\":{\"id\":\"a:1\"},\"from\":{\"id\":\"29:x\"}}")]
    public async Task MalformedJsonOrAMissingRequiredFieldIs400(string body)
    {
        var response = await _app.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNothingChanged();
    }

    [Fact]
    public async Task AnUnknownActivityTypeIsAnswered200AndIgnored()
    {
        var activity = Personal(_connector.ServiceUrl, "认领 BD-001");
        activity["type"] = "messageReaction";

        var response = await _app.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(200);
        Assert.Empty(_connector.Sent);
        AssertNothingChanged();
    }

    [Fact]
    public async Task ARedeliveredActivityIsProcessedOnce()
    {
        var activity = Personal(_connector.ServiceUrl, "进度 BD-001 10%", id: "1795528131134");
        await _app.PostAsync(Personal(_connector.ServiceUrl, "认领 BD-001"));
        await _connector.WaitForAsync(s => s.Text!.StartsWith("✅", StringComparison.Ordinal));

        var first = await _app.PostAsync(activity);
        var again = await _app.PostAsync(activity);
        await _connector.ReplyToAsync("1795528131134");
        await Task.Delay(300);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Single(_connector.Sent, s => s.Path.EndsWith("/1795528131134", StringComparison.Ordinal));
        Assert.Equal(2, _app.Tasks.History("BD-001", 10).Count);
    }

    [Fact]
    public async Task ACardActionInvokeIsAnsweredWithTheInvokeResponseAsTheBody()
    {
        var invoke = Personal(_connector.ServiceUrl, "");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke.Remove("text");
        invoke["value"] = new { action = new { type = "Action.Execute", verb = "claim", data = new { taskId = "CS-010" } }, trigger = "manual" };

        var response = await _app.PostAsync(invoke);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.microsoft.activity.message", body.RootElement.GetProperty("type").GetString());
        Assert.StartsWith("✅ 已认领 [CS-010] 续约提醒", body.RootElement.GetProperty("value").GetString());
        Assert.Equal(TaskState.InProgress, _app.Tasks.Find("CS-010")!.State);
    }

    [Fact]
    public async Task AnActionSubmitRunsTheSameCommand()
    {
        var submit = Personal(_connector.ServiceUrl, "");
        submit.Remove("text");
        submit["replyToId"] = "1795528131134";
        submit["value"] = new { verb = "claim", taskId = "CS-011" };

        await _app.PostAsync(submit);
        var reply = await _connector.ReplyToAsync((string)submit["id"]!);

        Assert.StartsWith("✅ 已认领 [CS-011] 续约谈判", reply);
    }

    [Fact]
    public async Task InstallStoresAConversationReferenceAndUninstallRemovesIt()
    {
        var store = _app.App.Services.GetRequiredService<ConversationReferenceStore>();
        var install = Channel(_connector.ServiceUrl, "");
        install["type"] = "conversationUpdate";
        install["conversation"] = new { id = "19:general@thread.tacv2", conversationType = "channel", isGroup = true, tenantId = Tenant };
        install["membersAdded"] = new[] { new { id = BotId } };

        await _app.PostAsync(install);
        await WaitUntil(() => store.Find("19:general@thread.tacv2") is not null);
        var reference = store.Find("19:general@thread.tacv2")!;
        install["type"] = "installationUpdate";
        install["action"] = "remove";
        install["id"] = Guid.NewGuid().ToString();
        await _app.PostAsync(install);
        await WaitUntil(() => store.Find("19:general@thread.tacv2") is null);

        Assert.Equal((_connector.ServiceUrl, Tenant, BotId), (reference.ServiceUrl, reference.TenantId, reference.BotId));
    }

    [Fact]
    public async Task AWelcomeIsSentWhenTheBotIsAddedToAPersonalChat()
    {
        var added = Personal(_connector.ServiceUrl, "");
        added["type"] = "conversationUpdate";
        added["membersAdded"] = new object[] { new { id = "29:user-zhang" }, new { id = BotId } };

        await _app.PostAsync(added);
        var welcome = await _connector.WaitForAsync(s => s.Text?.Contains("NorthPool", StringComparison.Ordinal) == true);

        Assert.Equal("您好，我是 NorthPool 任务池助手。发送 “帮助” 查看命令，例如 “认领 BD-001”。", welcome.Text);
    }

    [Fact]
    public async Task StateSurvivesARestartOfTheBot()
    {
        await _app.PostAsync(Personal(_connector.ServiceUrl, "认领 BD-005"));
        await _connector.WaitForAsync(s => s.Text!.Contains("BD-005", StringComparison.Ordinal));
        await _app.DisposeAsync();

        _app = await NorthPoolApp.StartAsync(_app.DatabasePath);
        var show = Personal(_connector.ServiceUrl, "查看 BD-005");
        await _app.PostAsync(show);
        var reply = await _connector.ReplyToAsync((string)show["id"]!);

        Assert.Contains("状态：执行中", reply);
        Assert.Contains("负责人：张伟", reply);
        Assert.Equal(62, _app.Tasks.All().Count);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
            await Task.Delay(20);
        Assert.True(condition());
    }
}
