using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NorthPool.CardViews;
using NorthPool.IntegrationTests.Support;
using NorthPool.Tests.Support;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// How posted task cards are brought up to date when the connector is slow, hangs or refuses: per conversation, queued
// at the commit, coalesced.
public sealed class TaskCardUpdaterTests : BotTest
{
    private const string GroupPath = "/v3/conversations/19%3Asales-group%40thread.v2/";
    private const string ChannelPath = "/v3/conversations/19%3Achairman%40thread.tacv2%3Bmessageid%3D1795528157024/";
    private const string PersonalPath = "/v3/conversations/a%3A1personal-29%3Auser-zhang/";

    private FakeTimeProvider Clock => (FakeTimeProvider)Bot.App.Services.GetRequiredService<TimeProvider>();

    private async Task ShowAsync(Dictionary<string, object?> activity, string taskId)
    {
        Assert.Equal(HttpStatusCode.OK, (await Bot.PostAsync(activity)).StatusCode);
        await Connector.ReplyActivityAsync((string)activity["id"]!);
        await Eventually.TrueAsync(() => Bot.Db.CardPosts.Exists(p => p.TaskId == taskId));
    }

    private async Task SayAsync(string text)
    {
        var activity = Personal(Connector.ServiceUrl, text);
        Assert.Equal(HttpStatusCode.OK, (await Bot.PostAsync(activity)).StatusCode);
        await Connector.ReplyActivityAsync((string)activity["id"]!);
    }

    private static bool IsPutOf(SentActivity sent, string taskId, string conversationPath) =>
        sent.Method == "PUT" && sent.Path.Contains(conversationPath, StringComparison.Ordinal)
        && sent.CardText.Contains($"{taskId} · ", StringComparison.Ordinal);

    private static bool Is(HttpContext http, string method, string conversationPath) =>
        http.Request.Method == method && http.Request.Path.Value!.Contains(Uri.UnescapeDataString(conversationPath), StringComparison.Ordinal);

    // Answers nothing until the bot gives up on the request.
    private static async Task<IResult?> HangAsync(HttpContext http)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, http.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
        return Results.StatusCode(499);
    }

    [Fact]
    public async Task AConversationWhoseConnectorHangsDoesNotDelayTheUpdateInAnother()
    {
        await ShowAsync(Group(Connector.ServiceUrl, "查看 BD-020"), "BD-020-2026M11");
        await ShowAsync(Channel(Connector.ServiceUrl, "查看 BD-021"), "BD-021-2026M11");
        var groupPutHanging = new TaskCompletionSource();
        Connector.Intercept = http =>
        {
            if (!Is(http, "PUT", GroupPath))
                return Task.FromResult<IResult?>(null);
            groupPutHanging.TrySetResult();
            return HangAsync(http);
        };

        await SayAsync("认领 BD-020");
        await groupPutHanging.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await SayAsync("认领 BD-021");
        var put = await Connector.WaitForAsync(s => IsPutOf(s, "BD-021-2026M11", ChannelPath));

        Assert.Contains("执行中\n负责人: 张伟", put.CardText);
        Assert.DoesNotContain(Connector.Sent, s => IsPutOf(s, "BD-020-2026M11", GroupPath));
    }

    [Theory]
    [InlineData("throttled")]
    [InlineData("hanging")]
    public async Task AReplyThatFailsStillHasItsChangeUpdateTheCards(string failure)
    {
        await ShowAsync(Group(Connector.ServiceUrl, "查看 BD-002"), "BD-002-2026M11");
        Connector.Intercept = http =>
        {
            if (!Is(http, "POST", PersonalPath))
                return Task.FromResult<IResult?>(null);
            if (failure == "hanging")
                return HangAsync(http);
            http.Response.Headers.RetryAfter = "3600";
            return Task.FromResult<IResult?>(Results.Json(new { error = new { code = "Throttled", message = "slow down" } }, statusCode: 429));
        };

        Assert.Equal(HttpStatusCode.OK, (await Bot.PostAsync(Personal(Connector.ServiceUrl, "认领 BD-002"))).StatusCode);
        await Eventually.TrueAsync(() => Bot.Tasks.Find("BD-002-2026M11")!.OwnerId == "29:user-zhang");
        // The turn is still waiting for its reply; only the turn's short hold on its card updates may pass.
        var waited = TimeSpan.Zero;
        await Eventually.TrueAsync(() =>
        {
            if (Connector.Sent.Any(s => IsPutOf(s, "BD-002-2026M11", GroupPath)) || waited >= TimeSpan.FromSeconds(10))
                return true;
            Clock.Advance(TimeSpan.FromMilliseconds(250));
            waited += TimeSpan.FromMilliseconds(250);
            return false;
        });
        var put = Connector.Sent.FirstOrDefault(s => IsPutOf(s, "BD-002-2026M11", GroupPath));
        Clock.Advance(TimeSpan.FromMinutes(1));

        Assert.NotNull(put);
        Assert.Contains("执行中\n负责人: 张伟", put.CardText);
        Assert.True(waited <= TimeSpan.FromSeconds(4), $"the update waited for {waited} of the bot's clock");
        Assert.DoesNotContain(Connector.Sent, s => s.Method == "POST" && s.Path.Contains(PersonalPath, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABurstOfChangesToOneTaskCostsAFewPutsAndLeavesTheCardAtTheLastState()
    {
        const string TaskId = "PD-001-2026M11";
        await ShowAsync(Group(Connector.ServiceUrl, "查看 PD-001"), TaskId);
        await SayAsync("认领 PD-001");
        await Connector.WaitForAsync(s => IsPutOf(s, TaskId, GroupPath));
        var slow = new TaskCompletionSource();
        Connector.Intercept = async http =>
        {
            if (Is(http, "PUT", GroupPath))
                await slow.Task.WaitAsync(http.RequestAborted);
            return null;
        };
        var before = Connector.Sent.Count(s => IsPutOf(s, TaskId, GroupPath));

        const int Changes = 20;
        for (var i = 1; i <= Changes; i++)
            await SayAsync($"进度 PD-001 {i * 4}% 第{i}次");
        slow.SetResult();
        await Connector.WaitForAsync(s => IsPutOf(s, TaskId, GroupPath) && s.CardText.Contains("进度: 80% · 第20次", StringComparison.Ordinal));

        var puts = Connector.Sent.Count(s => IsPutOf(s, TaskId, GroupPath)) - before;
        Assert.InRange(puts, 1, 3);
        Assert.Equal(80, Bot.Tasks.Find(TaskId)!.Progress);
    }

    [Fact]
    public async Task APostTeamsNoLongerHasIsForgotten()
    {
        await ShowAsync(Group(Connector.ServiceUrl, "查看 EC-001"), "EC-001-2026M11");
        var refused = new TaskCompletionSource();
        Connector.Intercept = http =>
        {
            if (!Is(http, "PUT", GroupPath))
                return Task.FromResult<IResult?>(null);
            refused.TrySetResult();
            return Task.FromResult<IResult?>(Results.Json(new { error = new { code = "NotFound", message = "gone" } }, statusCode: 404));
        };

        await SayAsync("认领 EC-001");
        await refused.Task.WaitAsync(TimeSpan.FromSeconds(10));

        await Eventually.TrueAsync(() => !Bot.Db.CardPosts.Exists(p => p.TaskId == "EC-001-2026M11" && p.ConversationId == "19:sales-group@thread.v2"));
    }
}
