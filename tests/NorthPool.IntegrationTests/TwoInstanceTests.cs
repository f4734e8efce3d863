using Microsoft.Extensions.DependencyInjection;
using NorthPool.CardViews;
using NorthPool.IntegrationTests.Support;
using NorthPool.Tasks;
using NorthPool.Tests.Support;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// Two NorthPool hosts on one PostgreSQL store, as two machines behind one endpoint would be: every promise made by one
// instance holds across both. PostgreSQL only (scripts/test.sh runs it in the PostgreSQL pass); a LiteDB file has one
// NorthPool (DatabaseFileStartupTests).
[Trait("Store", "PostgreSql")]
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private FakeConnector _connector = null!;
    private NorthPoolApp _a = null!;
    private NorthPoolApp _b = null!;

    public async Task InitializeAsync()
    {
        Assert.True(TestDatabases.UsePostgreSql, "TwoInstanceTests run against PostgreSQL: NORTHPOOL_TEST_PROVIDER=PostgreSql (scripts/test.sh)");
        _connector = await FakeConnector.StartAsync();
        var path = NorthPoolApp.NewDatabasePath();
        _a = await NorthPoolApp.StartAsync(path);
        _b = await NorthPoolApp.StartAsync(path);
    }

    [Fact]
    public async Task SixtyFourClaimsOfOneTaskSpreadOverBothInstancesLeaveOneOwnerAndOneConfirmation()
    {
        foreach (var template in (string[])["BD-001", "BD-002", "BD-003", "BD-004", "BD-005"])
        {
            var claims = Enumerable.Range(0, 64).Select(i =>
            {
                var activity = Personal(_connector.ServiceUrl, $"认领 {template}", userId: $"29:user-{template}-{i}", name: $"成员{i}");
                return (Id: (string)activity["id"]!, Post: (i % 2 == 0 ? _a : _b).PostAsync(activity));
            }).ToList();
            foreach (var (_, post) in claims)
                Assert.True((await post).IsSuccessStatusCode);

            var replies = await Task.WhenAll(claims.Select(c => _connector.ReplyToAsync(c.Id)));
            var task = _a.Tasks.OpenOf(template).Single();
            var winners = replies.Where(r => r.StartsWith("✅ 已认领", StringComparison.Ordinal)).ToList();
            Assert.Single(winners);
            Assert.Equal(63, replies.Count(r => r.Contains("您无法再认领", StringComparison.Ordinal)));
            var stored = _b.Db.Tasks.FindById(task.Id);
            Assert.Equal(TaskState.InProgress, stored.State);
            Assert.Single(_b.Tasks.History(task.Id, 100), a => a.Trigger == TaskTrigger.Claim);
            var winner = claims[replies.ToList().IndexOf(winners[0])];
            Assert.Equal(winner.Id, _b.Tasks.History(task.Id, 1).Single().ActivityId);
        }
    }

    [Fact]
    public async Task TheSameActivityDeliveredToBothInstancesIsAppliedOnce()
    {
        var id = _a.Tasks.OpenOf("BD-010").Single().Id;
        var before = _a.Db.Tasks.FindById(id);
        var claim = Personal(_connector.ServiceUrl, "认领 BD-010");
        var posts = await Task.WhenAll(_a.PostAsync(claim), _b.PostAsync(claim));
        Assert.All(posts, p => Assert.True(p.IsSuccessStatusCode));

        // Each instance answers, the second as the first delivery was answered; the change is made once.
        await Eventually.TrueAsync(() => _connector.Sent.Count(s => s.Sentence?.StartsWith("✅ 已认领", StringComparison.Ordinal) == true) == 2);
        Assert.Single(_b.Tasks.History(id, 100), a => a.Trigger == TaskTrigger.Claim);
        var after = _b.Db.Tasks.FindById(id);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal("29:user-zhang", after.OwnerId);
    }

    [Fact]
    public async Task AChangeMadeOnOneInstanceReachesTheOthersListsAndPagesAndItsCardsAreUpdatedOnce()
    {
        using var pagesOnB = _b.App.Services.GetRequiredService<TaskChangeFeed>().Listen();
        var shown = Group(_connector.ServiceUrl, "查看 BD-020");
        await _b.PostAsync(shown);
        await _connector.ReplyActivityAsync((string)shown["id"]!);
        // B records its card's post with its next commit: a change of its own.
        await _b.PostAsync(Personal(_connector.ServiceUrl, "认领 BD-021", userId: "29:user-li", name: "李娜"));
        var id = _a.Tasks.OpenOf("BD-020").Single().Id;
        await Eventually.TrueAsync(() => _a.Db.CardPosts.Query().Where("$.TaskId = @0", id).Count() > 0 && _b.Tasks.Find(id) is not null);

        var claim = Personal(_connector.ServiceUrl, "认领 BD-020");
        await _a.PostAsync(claim);

        Assert.StartsWith("✅ 已认领", await _connector.ReplyToAsync((string)claim["id"]!));
        await Eventually.TrueAsync(() => _b.Tasks.OpenOwnedBy("29:user-zhang").Any(t => t.Id == id));
        var heard = await HeardAsync(pagesOnB.Reader, id);
        Assert.True(heard.Remote);
        await _connector.WaitForAsync(s => s.Method == "PUT" && s.CardText.Contains("负责人: 张伟", StringComparison.Ordinal));
        // Wait for the other instance to have had every chance, then count the card's updates: A's alone.
        await _b.PostAsync(Personal(_connector.ServiceUrl, "认领 BD-022", userId: "29:user-li", name: "李娜"));
        await _connector.WaitForAsync(s => s.Sentence?.Contains("BD-022", StringComparison.Ordinal) == true);
        Assert.Single(_connector.Sent, s => s.Method == "PUT" && s.CardText.Contains("BD-020", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACustomerAndALanguageSetOnOneInstanceAreKnownOnTheOther()
    {
        Assert.StartsWith("✅", await SayAsync(_a, "客户 新建 中国移动广东公司 通信 省级 别名 广东移动", "29:user-admin", "管理员"));
        // A has read (and keeps) 张伟's language before B changes it.
        Assert.Null(_a.App.Services.GetRequiredService<NorthPool.Members.MemberPreferenceStore>().Language("29:user-zhang"));
        await SayAsync(_b, "语言 en", "29:user-zhang", "张伟");

        Assert.StartsWith("C1 中国移动广东公司", await SayAsync(_b, "客户 广东移动", "29:user-admin", "管理员"));
        await Eventually.TrueAsync(() => _a.App.Services.GetRequiredService<NorthPool.Members.MemberPreferenceStore>().Language("29:user-zhang") == NorthPool.Localization.Language.EnUs);
    }

    // The first change of the task the feed hands over (the instance's own changes of other tasks come too).
    private static async Task<TaskChanged> HeardAsync(System.Threading.Channels.ChannelReader<TaskChanged> reader, string taskId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await foreach (var change in reader.ReadAllAsync(timeout.Token))
        {
            if (change.TaskId == taskId)
                return change;
        }
        throw new TimeoutException($"no change of {taskId} heard");
    }

    private async Task<string> SayAsync(NorthPoolApp bot, string text, string userId, string name)
    {
        var activity = Personal(_connector.ServiceUrl, text, userId, name);
        await bot.PostAsync(activity);
        return await _connector.ReplyToAsync((string)activity["id"]!);
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _connector.DisposeAsync();
    }
}
