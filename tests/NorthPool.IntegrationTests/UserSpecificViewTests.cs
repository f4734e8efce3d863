using System.Net;
using System.Text.Json;
using NorthPool.IntegrationTests.Support;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// Teams' user-specific views: each listed viewer's client asks for its own card (refresh), so every member sees the
// buttons they may use. On by default only with an AppId (real Teams); switched on here.
public sealed class UserSpecificViewTests : BotTest
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Cards:UserSpecificViews"] = "true" };

    private async Task<JsonElement> CardOfReplyAsync(Dictionary<string, object?> activity)
    {
        Assert.Equal(HttpStatusCode.OK, (await Bot.PostAsync(activity)).StatusCode);
        return (await Connector.ReplyActivityAsync((string)activity["id"]!)).Card!.Value;
    }

    private static string[] RefreshUsers(JsonElement card) =>
        card.GetProperty("refresh").GetProperty("userIds").EnumerateArray().Select(u => u.GetString()!).ToArray();

    [Fact]
    public async Task AGroupChatCardAsksEveryMemberOfTheRosterForTheirOwnView()
    {
        var card = await CardOfReplyAsync(Group(Connector.ServiceUrl, "认领 BD-003"));

        Assert.Equal(["29:user-zhang", "29:user-li", "29:user-admin"], RefreshUsers(card));
        Assert.Equal("refresh", card.GetProperty("refresh").GetProperty("action").GetProperty("verb").GetString());
        Assert.Contains(Connector.Sent, s => s.Method == "GET" && s.Path.EndsWith("/v3/conversations/19%3Asales-group%40thread.v2/members", StringComparison.Ordinal));
    }

    [Fact]
    public async Task APersonalChatCardIsForItsOneMember()
    {
        var card = await CardOfReplyAsync(Personal(Connector.ServiceUrl, "查看 BD-004"));

        Assert.Equal(["29:user-zhang"], RefreshUsers(card));
    }

    [Fact]
    public async Task AConversationOfMoreThanSixtyMembersGetsNoUserSpecificViews()
    {
        Connector.Members = Enumerable.Range(0, 61).Select(i => $"29:user-{i}").ToList();

        var card = await CardOfReplyAsync(Group(Connector.ServiceUrl, "查看 BD-004"));

        Assert.False(card.TryGetProperty("refresh", out _));
    }

    [Fact]
    public async Task TheRefreshGivesTheOwnerTheirButtonsAndOthersNone()
    {
        var group = Group(Connector.ServiceUrl, "认领 BD-005", userId: "29:user-zhang", name: "张伟");
        await CardOfReplyAsync(group);

        string Buttons(JsonElement answer) => string.Join(",", answer.GetProperty("value").GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        async Task<JsonElement> RefreshAs(string userId, string name)
        {
            var invoke = Press(group, "1001", "refresh", new { taskId = "BD-005-2026H2" }, userId, name);
            invoke["value"] = new { action = new { type = "Action.Execute", verb = "refresh", data = new { taskId = "BD-005-2026H2" } }, trigger = "automatic" };
            var response = await Bot.PostAsync(invoke);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        }

        var owner = await RefreshAs("29:user-zhang", "张伟");
        var other = await RefreshAs("29:user-li", "李娜");
        var admin = await RefreshAs("29:user-admin", "王董事长");

        Assert.Equal("暂停,完成,取消任务,释放,更新进度", Buttons(owner));
        Assert.False(other.GetProperty("value").TryGetProperty("actions", out _));
        Assert.Equal("取消任务,释放", Buttons(admin));
        Assert.Single(Bot.Tasks.History("BD-005-2026H2", 10));
    }
}
