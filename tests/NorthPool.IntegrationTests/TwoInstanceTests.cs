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

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _connector.DisposeAsync();
    }
}
