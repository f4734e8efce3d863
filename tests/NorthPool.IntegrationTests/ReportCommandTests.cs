using System.Net;
using NorthPool.IntegrationTests.Support;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

public sealed class ReportCommandTests : BotTest
{
    [Fact]
    public async Task ReportSendsTheReportCardToWhoeverAsks()
    {
        var ask = Personal(Connector.ServiceUrl, "/汇报");

        Assert.Equal(HttpStatusCode.OK, (await Bot.PostAsync(ask)).StatusCode);
        var card = (await Connector.ReplyActivityAsync((string)ask["id"]!)).CardText;

        Assert.StartsWith("北向任务进度日报\n汇报时间: 2026-11-24 09:00\n汇报人: 北向负责人 曹丕\n一、在途任务总数\n当前在途任务: 58个\n其中: 待分配 58 · 执行中 0 · 暂停 0", card);
        Assert.Contains("九、次日任务预告", card);
        Assert.EndsWith("请董事长指示！\n<董事长指示>\n[提交指示]", card);
    }

    [Fact]
    public async Task ReportTextReturnsThePlainTextLayoutInTheAskersLanguage()
    {
        var ask = Personal(Connector.ServiceUrl, "/report text");

        await Bot.PostAsync(ask);
        var text = await Connector.ReplyToAsync((string)ask["id"]!);

        Assert.StartsWith("```\n=================================================================\n                    Northbound task progress report", text);
        Assert.Contains("1. Tasks in flight\n━━━━", text);
        Assert.Contains("Chairman, your instructions please!", text);
    }

    [Theory]
    [InlineData("/汇报 周报", "没有“周报”这种汇报方式。可用：汇报（卡片）、汇报 文本（text）、汇报 刷新（refresh）。")]
    [InlineData("/report weekly", "There is no report mode 'weekly'. Use: report (the card), report text (文本), report refresh (刷新).")]
    public async Task AnUnknownReportModeIsRefusedWithTheKnownModes(string command, string refusal)
    {
        var ask = Personal(Connector.ServiceUrl, command);

        await Bot.PostAsync(ask);
        var reply = await Connector.ReplyActivityAsync((string)ask["id"]!);

        Assert.Equal(refusal, reply.Text);
        Assert.Null(reply.Card);
        Assert.DoesNotContain(Connector.Sent, s => s.Method == "PUT");
    }
}
