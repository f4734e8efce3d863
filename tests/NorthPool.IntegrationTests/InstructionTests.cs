using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NorthPool.IntegrationTests.Support;
using NorthPool.Reports;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// The chairman's instructions: given on the report card or with /指示, owned by the person it concerns, delivered to
// their personal chat with 收到 / 已落实, and reported on at the top of the next report.
public sealed class InstructionTests : BotTest
{
    private const string Chairman = "29:user-chairman";

    private async Task<string> SayAsync(Dictionary<string, object?> activity)
    {
        Assert.Equal(HttpStatusCode.OK, (await Bot.PostAsync(activity)).StatusCode);
        return await Connector.ReplyToAsync((string)activity["id"]!);
    }

    private async Task<(string Type, JsonElement Value)> PressAsync(Dictionary<string, object?> invoke)
    {
        var response = await Bot.PostAsync(invoke);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (body.GetProperty("type").GetString()!, body.GetProperty("value"));
    }

    private Dictionary<string, object?> InstructOnReportCard(string instruction) =>
        Press(Channel(Connector.ServiceUrl, "x", Chairman, "王董事长"), "1001", "instruct", new { instruction, lang = "zh-CN" }, Chairman, "王董事长");

    [Fact]
    public async Task AnInstructionOnTheReportCardGoesToTheOwnerOfTheTaskItNames()
    {
        await SayAsync(Group(Connector.ServiceUrl, "认领 BD-003"));

        var (type, value) = await PressAsync(InstructOnReportCard("BD-003 本周内提交投标文件"));
        var created = await Connector.WaitForAsync(s => s.Method == "POST" && s.Path == "/_connector/v3/conversations");
        var delivered = await Connector.WaitForAsync(s => s.Method == "POST" && s.CardText.StartsWith("董事长指示 #1", StringComparison.Ordinal));

        Assert.Equal("application/vnd.microsoft.activity.message", type);
        Assert.Equal("📝 已记录指示 #1，负责人：李娜，已私信通知。", value.GetString());
        Assert.Equal("29:user-li", created.Body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(
            "董事长指示 #1\nBD-003 本周内提交投标文件\n来自: 王董事长\n时间: 2026-11-24 09:00\n相关任务: BD-003-2026Q4\n负责人: 李娜\n状态: 待落实\n[收到]\n[已落实]",
            delivered.CardText);
    }

    [Fact]
    public async Task AnInstructionGoesToTheMemberItMentions()
    {
        var instruct = Channel(Connector.ServiceUrl, "/指示 <at>张伟</at> 明早前把能源方案发给我", Chairman, "王董事长");
        instruct["entities"] = new object[]
        {
            new { type = "mention", text = "<at>NorthPool</at>", mentioned = new { id = BotId, name = "NorthPool" } },
            new { type = "mention", text = "<at>张伟</at>", mentioned = new { id = "29:user-zhang", name = "张伟" } },
        };
        await SayAsync(Personal(Connector.ServiceUrl, "帮助"));

        var reply = await SayAsync(instruct);
        var delivered = await Connector.WaitForAsync(s => s.CardText.StartsWith("董事长指示 #1", StringComparison.Ordinal));

        Assert.Equal("📝 已记录指示 #1，负责人：张伟，已私信通知。", reply);
        Assert.Equal("/_connector/v3/conversations/a%3A1personal-29%3Auser-zhang/activities", delivered.Path);
        Assert.DoesNotContain(Connector.Sent, s => s.Path == "/_connector/v3/conversations");
    }

    [Fact]
    public async Task OnlyTheChairmanMayInstruct()
    {
        var reply = await SayAsync(Channel(Connector.ServiceUrl, "/指示 BD-003 本周内提交投标文件"));

        Assert.Equal("只有董事长可以下达指示。", reply);
        Assert.Empty(Bot.App.Services.GetRequiredService<Directives>().Open());
    }

    [Fact]
    public async Task AnInstructionWithoutAnOwnerIsRecordedAndSaysSo()
    {
        var reply = await SayAsync(Channel(Connector.ServiceUrl, "/指示 加快回款", Chairman, "王董事长"));

        Assert.Equal("📝 已记录指示 #1，但找不到负责人：请 @负责人 或写明已认领的任务编号。", reply);
    }

    [Fact]
    public async Task TheOwnerAcknowledgesAndFulfilsAndNobodyElseCan()
    {
        await SayAsync(Group(Connector.ServiceUrl, "认领 BD-003"));
        await PressAsync(InstructOnReportCard("BD-003 本周内提交投标文件"));
        var group = Group(Connector.ServiceUrl, "x");
        Dictionary<string, object?> As(string verb, string userId, string name) => Press(group, "1001", verb, new { directiveId = "1", lang = "zh-CN" }, userId, name);

        var stranger = await PressAsync(As("ack", "29:user-zhang", "张伟"));
        var ack = await PressAsync(As("ack", "29:user-li", "李娜"));
        var done = await PressAsync(As("fulfil", "29:user-li", "李娜"));

        Assert.Equal("只有负责人或董事长可以更新指示 #1。", stranger.Value.GetString());
        Assert.Contains("状态: 进行中\n[已落实]", CardContent.Flatten(ack.Value));
        Assert.EndsWith("状态: 已落实", CardContent.Flatten(done.Value));
        Assert.StartsWith("指示 #1 已落实，谢谢！", CardContent.Flatten(done.Value));
    }

    [Fact]
    public async Task AnAdminCanNameTheChairman()
    {
        var set = Channel(Connector.ServiceUrl, "/设为董事长 <at>张伟</at>", "29:user-admin", "管理员");
        set["entities"] = new object[]
        {
            new { type = "mention", text = "<at>NorthPool</at>", mentioned = new { id = BotId, name = "NorthPool" } },
            new { type = "mention", text = "<at>张伟</at>", mentioned = new { id = "29:user-zhang", name = "张伟" } },
        };

        var reply = await SayAsync(set);
        var instruct = await SayAsync(Channel(Connector.ServiceUrl, "/指示 加快回款", "29:user-zhang", "张伟"));

        Assert.Equal("已将 张伟 设为董事长，今后只有 TA 可以下达指示。", reply);
        Assert.StartsWith("📝 已记录指示 #1", instruct);
    }

    [Fact]
    public async Task SomeoneWhoIsNotAnAdminCannotNameTheChairman()
    {
        var set = Channel(Connector.ServiceUrl, "/设为董事长 <at>张伟</at>", "29:user-zhang", "张伟");
        set["entities"] = new object[]
        {
            new { type = "mention", text = "<at>NorthPool</at>", mentioned = new { id = BotId, name = "NorthPool" } },
            new { type = "mention", text = "<at>张伟</at>", mentioned = new { id = "29:user-zhang", name = "张伟" } },
        };

        var reply = await SayAsync(set);
        var instruct = await SayAsync(Channel(Connector.ServiceUrl, "/指示 加快回款", "29:user-zhang", "张伟"));

        Assert.Equal("只有管理员可以设定董事长。", reply);
        Assert.Equal("只有董事长可以下达指示。", instruct);
    }

    [Fact]
    public async Task TheNextReportOpensWithTheInstructionsAndTheOpenOnes()
    {
        var register = Channel(Connector.ServiceUrl, "/设为汇报频道", "29:user-admin", "管理员");
        await SayAsync(register);
        var delivery = Bot.App.Services.GetRequiredService<ReportDelivery>();
        await delivery.DeliverAsync(new DateTimeOffset(2026, 11, 24, 8, 0, 0, TimeSpan.FromHours(8)), false, default);
        await SayAsync(Group(Connector.ServiceUrl, "认领 BD-003"));
        await PressAsync(InstructOnReportCard("BD-003 本周内提交投标文件"));

        await delivery.DeliverAsync(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8)), false, default);
        var report = Connector.Sent.Last(s => s.CardText.StartsWith("北向任务进度日报", StringComparison.Ordinal));

        Assert.Contains("汇报人: 北向负责人 曹丕\n上次指示 1 项：0 已落实，0 进行中，1 待落实\n\n#1 BD-003 本周内提交投标文件（负责人：李娜，待落实）\n一、在途任务总数", report.CardText);
    }
}
