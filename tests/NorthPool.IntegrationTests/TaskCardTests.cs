using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NorthPool.CardViews;
using NorthPool.IntegrationTests.Support;
using NorthPool.Tasks;
using NorthPool.Tests.Support;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// Task cards: posted as cards, updated in place with PUT, and their buttons answered with the refreshed card.
public sealed class TaskCardTests : BotTest
{
    private async Task<SentActivity> PostAsync(Dictionary<string, object?> activity)
    {
        Assert.Equal(HttpStatusCode.OK, (await Bot.PostAsync(activity)).StatusCode);
        return await Connector.ReplyActivityAsync((string)activity["id"]!);
    }

    // A card's post learns its id just after the reply is sent; a change must not come before it if it is to update it.
    private Task CardPostRecordedAsync(string taskId, string? activityId = null) =>
        Eventually.TrueAsync(() => Bot.App.Services.GetRequiredService<TaskCardPosts>().For(taskId).Any(p => activityId == null || p.ActivityId == activityId));

    private static bool IsPutOf(SentActivity sent, string taskId) =>
        sent.Method == "PUT" && sent.CardText.Contains($"{taskId} · ", StringComparison.Ordinal);

    private async Task<(int Status, string Card, JsonElement Body)> PressAsync(Dictionary<string, object?> invoke)
    {
        var response = await Bot.PostAsync(invoke);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        var card = body.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Object ? CardContent.Flatten(value) : "";
        return ((int)response.StatusCode, card, body);
    }

    [Fact]
    public async Task AClaimInAGroupChatIsAnsweredWithATaskCardAlone()
    {
        var sent = await PostAsync(Group(Connector.ServiceUrl, "认领 BD-001"));

        Assert.Null(sent.Text);
        Assert.StartsWith("✅ 已认领 [BD-001-2026W48] 省级运营商拓展", sent.Sentence);
        Assert.Equal(
            "✅ 已认领 [BD-001-2026W48] 省级运营商拓展，状态：执行中。完成后发送 “完成 BD-001-2026W48”。\nBD-001-2026W48 · 央企BD任务池\n省级运营商拓展\n执行中\n负责人: 李娜\n优先级: P2 · 中\n进度: 0%\n本期指标: 0/3 家\n周期: 2026W48\n截止: 2026-11-29\n执行频率: 每周3家\n描述: 拓展省级移动/联通/电信\n产出: 客户拜访记录\n最近记录\n11-24 09:00 李娜 认领：待分配 → 执行中\n[暂停]\n<暂停原因>\n[确认暂停]\n[完成]\n[取消任务]\n<取消原因>\n[确认取消]\n[释放]\n[+1 记录]\n<记录内容（客户、事项）>\n[+1 记录]",
            sent.CardText);
    }

    [Fact]
    public async Task AChatCommandUpdatesTheCardPostedEarlierInPlace()
    {
        await PostAsync(Group(Connector.ServiceUrl, "查看 BD-010"));

        await PostAsync(Personal(Connector.ServiceUrl, "认领 BD-010"));
        var put = await Connector.WaitForAsync(s => s.Method == "PUT");

        Assert.Equal("/_connector/v3/conversations/19%3Asales-group%40thread.v2/activities/1001", put.Path);
        Assert.Contains("执行中\n负责人: 张伟", put.CardText);
        Assert.Contains("[完成]", put.CardText);
        Assert.DoesNotContain("[认领]", put.CardText);
    }

    [Fact]
    public async Task ASecondMembersClickOnATakenTaskIsRefusedOnTheCard()
    {
        var group = Group(Connector.ServiceUrl, "查看 BD-002");
        await PostAsync(group);
        await PostAsync(Group(Connector.ServiceUrl, "认领 BD-002", userId: "29:user-zhang", name: "张伟"));

        var (status, card, body) = await PressAsync(Press(group, "1001", "claim", new { taskId = "BD-002-2026M11" }, "29:user-li", "李娜"));

        Assert.Equal(200, status);
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.GetProperty("type").GetString());
        Assert.StartsWith("[BD-002-2026M11] 集团客户拓展 已被 张伟 认领（执行中），您无法再认领。\nBD-002", card);
        Assert.Equal("attention", body.GetProperty("value").GetProperty("body")[0].GetProperty("style").GetString());
        Assert.DoesNotContain("[完成]", card);
        Assert.Equal("29:user-zhang", Bot.Tasks.Find("BD-002-2026M11")!.OwnerId);
    }

    [Fact]
    public async Task ButtonsPauseWithAReasonResumeUpdateProgressAndFinish()
    {
        var group = Group(Connector.ServiceUrl, "认领 PD-001");
        await PostAsync(group);
        Dictionary<string, object?> Li(string verb, object data) => Press(group, "1001", verb, data, "29:user-li", "李娜");

        var noReason = await PressAsync(Li("pause", new { taskId = "PD-001-2026M11" }));
        var paused = await PressAsync(Li("pause", new { taskId = "PD-001-2026M11", reason = "等待客户（华东）反馈" }));
        var resumed = await PressAsync(Li("resume", new { taskId = "PD-001-2026M11" }));
        var badProgress = await PressAsync(Li("progress", new { taskId = "PD-001-2026M11", progress = "150" }));
        var progress = await PressAsync(Li("progress", new { taskId = "PD-001-2026M11", progress = "70", note = "V3.2 提测" }));
        var finished = await PressAsync(Li("finish", new { taskId = "PD-001-2026M11" }));
        var again = await PressAsync(Li("finish", new { taskId = "PD-001-2026M11" }));

        Assert.StartsWith("暂停需要填写原因", noReason.Card);
        Assert.StartsWith("⏸️ 已暂停 [PD-001-2026M11] NRT-Chat迭代，原因：等待客户（华东）反馈。", paused.Card);
        Assert.Contains("[恢复]", paused.Card);
        Assert.StartsWith("▶️ 已恢复", resumed.Card);
        Assert.StartsWith("进度必须是 0 到 100 之间的整数", badProgress.Card);
        Assert.Contains("进度: 70% · V3.2 提测", progress.Card);
        Assert.StartsWith("🎉 已完成 [PD-001-2026M11] NRT-Chat迭代。", finished.Card);
        Assert.StartsWith("无法完成 [PD-001-2026M11] NRT-Chat迭代：当前状态为 “已完成”。", again.Card);
        Assert.Equal(5, Bot.Tasks.History("PD-001-2026M11", 10).Count);
    }

    [Fact]
    public async Task ARedeliveredInvokeChangesStateOnceAndGetsTheSameAnswer()
    {
        var group = Group(Connector.ServiceUrl, "查看 CS-001");
        await PostAsync(group);
        var press = Press(group, "1001", "claim", new { taskId = "CS-001-20261124" }, "29:user-li", "李娜");

        var first = await PressAsync(press);
        var redelivered = await PressAsync(press);

        Assert.Equal(first.Card, redelivered.Card);
        Assert.StartsWith("✅ 已认领", first.Card);
        Assert.Single(Bot.Tasks.History("CS-001-20261124", 10));
    }

    [Fact]
    public async Task AButtonPressAlsoUpdatesThePressedCardForEveryoneWithTheNotice()
    {
        var group = Group(Connector.ServiceUrl, "查看 EC-001");
        await PostAsync(group);

        await PressAsync(Press(group, "1001", "claim", new { taskId = "EC-001-2026M11" }, "29:user-li", "李娜"));
        var put = await Connector.WaitForAsync(s => s.Method == "PUT");

        Assert.EndsWith("/activities/1001", put.Path);
        Assert.StartsWith("✅ 已认领 [EC-001-2026M11] 技术伙伴拓展", put.CardText);
    }

    [Fact]
    public async Task AQuickActionOnAListCardAnswersWithTheSamePageOfTheList()
    {
        var list = Group(Connector.ServiceUrl, "任务 OP");
        await PostAsync(list);

        var (_, card, _) = await PressAsync(Press(list, "1001", "claim", new { taskId = "OP-010-20261124", view = "list", scope = "OP", page = "1" }, "29:user-li", "李娜"));

        Assert.StartsWith("✅ 已认领 [OP-010-20261124] 合同审核", card);
        Assert.Contains("📋 运营支持任务池", card);
        Assert.Contains("[OP-010-20261124] 合同审核\n执行中 · 李娜 · 0%\n[完成]", card);
    }

    [Fact]
    public async Task ListCardsArePagedAndThePageButtonsWork()
    {
        var sent = await PostAsync(Group(Connector.ServiceUrl, "任务"));
        var (_, second, _) = await PressAsync(Press(Group(Connector.ServiceUrl, "x"), "1001", "list", new { view = "list", page = "2" }, "29:user-li", "李娜"));

        Assert.EndsWith("第 1/5 页 · 共 58 个\n[下一页]", sent.CardText);
        Assert.EndsWith("第 2/5 页 · 共 58 个\n[上一页]\n[下一页]", second);
        Assert.Contains("[BD-004#1]", second);
        Assert.DoesNotContain("[BD-004#1]", sent.CardText);
        Assert.DoesNotContain("[BD-001-2026W48]", second);
    }

    [Fact]
    public async Task AnActionSubmitFromAListRowPostsTheTaskCard()
    {
        var submit = Group(Connector.ServiceUrl, "");
        submit.Remove("text");
        submit["value"] = new { verb = "show", taskId = "CS-012-2026Q4" };

        var sent = await PostAsync(submit);

        Assert.Contains("CS-012-2026Q4 · 客户成功任务池\n合同续签\n待分配", sent.CardText);
    }

    [Fact]
    public async Task HelpIsACard()
    {
        var sent = await PostAsync(Personal(Connector.ServiceUrl, "help"));

        Assert.StartsWith("NorthPool task pool commands\n", sent.CardText);
        Assert.Contains("claim BD-001: take a task", sent.CardText);
        Assert.EndsWith("[All tasks]\n[My tasks]", sent.CardText);
    }

    [Fact]
    public async Task AtMostTheNewestTenPostsOfATaskAreUpdated()
    {
        for (var i = 0; i < 12; i++)
        {
            await PostAsync(Group(Connector.ServiceUrl, "查看 OP-030"));
            await CardPostRecordedAsync("OP-030-20261124", (1001 + i).ToString());
        }

        // The claim's own card (1013) is one of the newest ten and already current, so nine earlier cards are updated.
        await PostAsync(Personal(Connector.ServiceUrl, "认领 OP-030"));
        await Eventually.TrueAsync(() => Connector.Sent.Any(s => IsPutOf(s, "OP-030-20261124")));
        // Card updates run one after another in the order queued: once a change made later has updated its card, every
        // PUT for OP-030 has been sent.
        await PostAsync(Group(Connector.ServiceUrl, "查看 BD-001"));
        await CardPostRecordedAsync("BD-001-2026W48");
        await PostAsync(Personal(Connector.ServiceUrl, "认领 BD-001"));
        await Connector.WaitForAsync(s => IsPutOf(s, "BD-001-2026W48"));

        var updated = Connector.Sent.Where(s => IsPutOf(s, "OP-030-20261124")).Select(s => s.Path[(s.Path.LastIndexOf('/') + 1)..]).Order().ToList();
        Assert.Equal(Enumerable.Range(1004, 9).Select(i => i.ToString()), updated);
    }

    [Fact]
    public async Task ACardKeepsItsLanguageWhenAChangeComesInAnother()
    {
        await PostAsync(Group(Connector.ServiceUrl, "查看 BD-020"));

        var english = await PostAsync(Personal(Connector.ServiceUrl, "claim BD-020"));
        var put = await Connector.WaitForAsync(s => s.Method == "PUT");

        Assert.StartsWith("✅ Claimed [BD-020-2026M11]", english.Sentence);
        Assert.Contains("中石油拓展\n执行中\n负责人: 张伟", put.CardText);
    }

    [Fact]
    public async Task APressIsAnsweredInTheCardsLanguageWhateverTheClientLocale()
    {
        var group = Group(Connector.ServiceUrl, "查看 BD-021");
        await PostAsync(group);
        var press = Press(group, "1001", "claim", new { taskId = "BD-021-2026M11", lang = "zh-CN" }, "29:user-li", "李娜");
        press["locale"] = "en-US";

        var (_, card, _) = await PressAsync(press);

        Assert.StartsWith("✅ 已认领 [BD-021-2026M11] 中石化拓展", card);
    }
}
