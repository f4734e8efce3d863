using System.Net;
using System.Text.Json;
using NorthPool.IntegrationTests.Support;
using NorthPool.Tests.Support;
using NorthPool.Proactive;
using NorthPool.Tasks;
using Microsoft.Extensions.DependencyInjection;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

public sealed class BotEndpointTests : BotTest
{
    private void AssertNothingChanged()
    {
        Assert.Equal(0, Bot.Db.Audit.Count());
        Assert.All(Bot.Db.Tasks.FindAll(), t => Assert.Equal(TaskState.Pooled, t.State));
    }

    [Fact]
    public async Task ABodyOverTheLimitIs413AndChangesNothing()
    {
        var activity = Personal(Connector.ServiceUrl, "认领 BD-001");
        activity["padding"] = new string('x', 300 * 1024);

        var response = await Bot.PostAsync(activity);

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
        var response = await Bot.PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNothingChanged();
    }

    [Fact]
    public async Task AnUnknownActivityTypeIsAnswered200AndIgnored()
    {
        var activity = Personal(Connector.ServiceUrl, "认领 BD-001");
        activity["type"] = "messageReaction";

        var response = await Bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Bot.StopAsync(); // waits for every turn started, so a reply or a change would be there by now
        Assert.Empty(Connector.Sent);
        AssertNothingChanged();
    }

    [Fact]
    public async Task ARedeliveredActivityIsProcessedOnce()
    {
        var activity = Personal(Connector.ServiceUrl, "进度 BD-001 10%", id: "1795528131134");
        await Bot.PostAsync(Personal(Connector.ServiceUrl, "认领 BD-001"));
        await Connector.WaitForAsync(s => s.Sentence!.StartsWith("✅", StringComparison.Ordinal));

        var first = await Bot.PostAsync(activity);
        var again = await Bot.PostAsync(activity);
        await Bot.StopAsync(); // waits for every turn started, a second one for the redelivery included

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Single(Connector.Sent, s => s.Path.EndsWith("/1795528131134", StringComparison.Ordinal));
        Assert.Equal(2, Bot.Tasks.History("BD-001-2026W48", 10).Count);
    }

    [Fact]
    public async Task ACardActionInvokeIsAnsweredWithTheInvokeResponseAsTheBody()
    {
        var invoke = Personal(Connector.ServiceUrl, "");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke.Remove("text");
        invoke["value"] = new { action = new { type = "Action.Execute", verb = "claim", data = new { taskId = "CS-010-2026M11" } }, trigger = "manual" };

        var response = await Bot.PostAsync(invoke);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        var card = CardContent.Flatten(body.RootElement.GetProperty("value"));
        Assert.StartsWith("✅ 已认领 [CS-010-2026M11] 续约提醒", card);
        Assert.Contains("负责人: 张伟", card);
        Assert.Equal(TaskState.InProgress, Bot.Tasks.Find("CS-010-2026M11")!.State);
    }

    [Fact]
    public async Task AnActionSubmitRunsTheSameCommand()
    {
        var submit = Personal(Connector.ServiceUrl, "");
        submit.Remove("text");
        submit["replyToId"] = "1795528131134";
        submit["value"] = new { verb = "claim", taskId = "CS-012" };

        await Bot.PostAsync(submit);
        var reply = await Connector.ReplyToAsync((string)submit["id"]!);

        Assert.StartsWith("✅ 已认领 [CS-012-2026Q4] 合同续签", reply);
    }

    [Fact]
    public async Task InstallStoresAConversationReferenceAndUninstallRemovesIt()
    {
        var store = Bot.App.Services.GetRequiredService<ConversationReferenceStore>();
        var install = Channel(Connector.ServiceUrl, "");
        install["type"] = "conversationUpdate";
        install["conversation"] = new { id = "19:general@thread.tacv2", conversationType = "channel", isGroup = true, tenantId = Tenant };
        install["membersAdded"] = new[] { new { id = BotId } };

        Assert.Equal(HttpStatusCode.OK, (await Bot.PostAsync(install)).StatusCode);
        await Eventually.TrueAsync(() => store.Find("19:general@thread.tacv2") is not null);
        var reference = store.Find("19:general@thread.tacv2")!;
        install["type"] = "installationUpdate";
        install["action"] = "remove";
        install["id"] = Guid.NewGuid().ToString();
        Assert.Equal(HttpStatusCode.OK, (await Bot.PostAsync(install)).StatusCode);
        await Eventually.TrueAsync(() => store.Find("19:general@thread.tacv2") is null);

        Assert.Equal((Connector.ServiceUrl, Tenant, BotId), (reference.ServiceUrl, reference.TenantId, reference.BotId));
    }

    [Fact]
    public async Task AWelcomeIsSentWhenTheBotIsAddedToAPersonalChat()
    {
        var added = Personal(Connector.ServiceUrl, "");
        added["type"] = "conversationUpdate";
        added["membersAdded"] = new object[] { new { id = "29:user-zhang" }, new { id = BotId } };

        await Bot.PostAsync(added);
        var welcome = await Connector.WaitForAsync(s => s.Text?.Contains("NorthPool", StringComparison.Ordinal) == true);

        Assert.Equal("您好，我是 NorthPool 任务池助手。发送 “帮助” 查看命令，例如 “认领 BD-001”。", welcome.Text);
    }

    [Fact]
    public async Task StateSurvivesARestartOfTheBot()
    {
        await Bot.PostAsync(Personal(Connector.ServiceUrl, "认领 BD-005"));
        await Connector.WaitForAsync(s => s.Sentence!.Contains("BD-005-2026H2", StringComparison.Ordinal));
        await Bot.DisposeAsync();

        Bot = await NorthPoolApp.StartAsync(Bot.DatabasePath);
        var show = Personal(Connector.ServiceUrl, "查看 BD-005");
        await Bot.PostAsync(show);
        var reply = (await Connector.ReplyActivityAsync((string)show["id"]!)).CardText;

        Assert.Contains("执行中", reply);
        Assert.Contains("负责人: 张伟", reply);
        Assert.Equal(58, Bot.Db.Tasks.Count());
    }
}
