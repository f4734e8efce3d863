using System.Net;
using LiteDB;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NorthPool.IntegrationTests.Support;
using NorthPool.Operations;
using NorthPool.Storage;
using NorthPool.Tests.Support;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// The admins' alert channel: each kind of trouble is posted there once (again only after an hour), says what
// happened, since when and what to do, and its recovery is posted once.
public sealed class AlertTests : IAsyncLifetime
{
    private const string ChannelActivities = "/v3/conversations/19%3Achairman%40thread.tacv2/activities";
    private readonly FakeTimeProvider _time = new(NorthPoolApp.Start);
    private readonly string _dbPath = NorthPoolApp.NewDatabasePath();
    private FakeConnector _connector = null!;
    private NorthPoolApp _app = null!;

    private Dictionary<string, string?> Settings { get; } = new();

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private async Task StartAsync()
    {
        _app = await NorthPoolApp.StartAsync(_dbPath, Settings, _time);
        var alertsHere = Channel(_connector.ServiceUrl, "设为告警频道", "29:user-admin", "管理员");
        Assert.Equal(HttpStatusCode.OK, (await _app.PostAsync(alertsHere)).StatusCode);
        Assert.StartsWith("✅ 本频道已设为告警频道", await _connector.ReplyToAsync((string)alertsHere["id"]!));
    }

    private async Task<string> SayAsync(string text, string userId = "29:user-admin", string name = "管理员")
    {
        var activity = Personal(_connector.ServiceUrl, text, userId, name);
        Assert.Equal(HttpStatusCode.OK, (await _app.PostAsync(activity)).StatusCode);
        return await _connector.ReplyToAsync((string)activity["id"]!);
    }

    // The cards posted to the alert channel (not as replies) whose text starts so.
    private List<string> Posted(string start) => _connector.Sent
        .Where(s => s.Method == "POST" && s.Path.EndsWith(ChannelActivities, StringComparison.Ordinal) && s.CardText.StartsWith(start, StringComparison.Ordinal))
        .Select(s => s.CardText).ToList();

    private async Task<string> PostedAsync(string start, int count = 1)
    {
        await Eventually.TrueAsync(() => Posted(start).Count >= count);
        return Posted(start)[count - 1];
    }

    private async Task TickAsync(JobRuns runs)
    {
        var before = runs.Count(AlertWatchJob.Key);
        _time.Advance(TimeSpan.FromMinutes(1));
        await runs.WaitAsync(AlertWatchJob.Key, before);
    }

    [Fact]
    [Trait("Store", "LiteDbFile")]
    public async Task AFailingBackupIsAlertedOnceAnHourAndItsRecoveryOnce()
    {
        var blocker = Path.Combine(Path.GetDirectoryName(_dbPath)!, "not-a-folder");
        Directory.CreateDirectory(Path.GetDirectoryName(blocker)!);
        await File.WriteAllTextAsync(blocker, "a file where the backup folder should be");
        Settings["Backups:Folder"] = blocker;
        await StartAsync();

        Assert.StartsWith("❌ 备份失败", await SayAsync("备份"));
        Assert.StartsWith("❌ 备份失败", await SayAsync("备份"));
        var alert = await PostedAsync("⚠️ NorthPool 告警：备份失败");
        Assert.Contains("开始于: 2026-11-24 09:00", alert);
        Assert.Contains("怎么办: 检查备份文件夹（Backups:Folder）", alert);
        Assert.Single(Posted("⚠️ NorthPool 告警：备份失败"));

        _time.Advance(TimeSpan.FromMinutes(61));
        await SayAsync("备份");
        Assert.Contains("开始于: 2026-11-24 09:00", await PostedAsync("⚠️ NorthPool 告警：备份失败", count: 2));

        File.Delete(blocker);
        Assert.StartsWith("✅ 备份完成", await SayAsync("备份"));
        var recovered = await PostedAsync("✅ NorthPool 已恢复：备份失败");
        Assert.Contains("恢复于: 2026-11-24 10:01", recovered);
        Assert.StartsWith("✅ 备份完成", await SayAsync("备份"));
        Assert.Single(Posted("✅ NorthPool 已恢复"));
    }

    [Fact]
    public async Task AReportSlotThatCannotBeDeliveredIsAlertedAndTheNextDeliveredOneRecoversIt()
    {
        await StartAsync();
        var runs = await JobRuns.AttachAsync(_app);

        _time.Advance(TimeSpan.FromMinutes(61));
        await runs.WaitAsync(NorthPool.Reports.ProgressReportJob.Key);
        Assert.Contains("情况: 2026-11-24 10:00: no chairman channel is registered", await PostedAsync("⚠️ NorthPool 告警：汇报未能送达"));

        var reportHere = Channel(_connector.ServiceUrl, "设为汇报频道", "29:user-admin", "管理员");
        await _app.PostAsync(reportHere);
        await _connector.ReplyToAsync((string)reportHere["id"]!);
        var done = runs.Count(NorthPool.Reports.ProgressReportJob.Key);
        _time.Advance(TimeSpan.FromHours(2));
        await runs.WaitAsync(NorthPool.Reports.ProgressReportJob.Key, done);
        // Since the slot's job ran (at 10:01 on the clock, advanced an hour past 09:00 and a minute).
        Assert.Contains("开始于: 2026-11-24 10:01", await PostedAsync("✅ NorthPool 已恢复：汇报未能送达"));
    }

    [Fact]
    public async Task TheConnectorRefusingTheBotsCredentialsIsAlertedAndRecovers()
    {
        await StartAsync();
        _connector.Intercept = http => Task.FromResult<IResult?>(http.Request.Path.Value!.Contains("personal", StringComparison.Ordinal)
            ? Results.Json(new { error = new { code = "Unauthorized", message = "token expired" } }, statusCode: 401)
            : null);

        var refused = Personal(_connector.ServiceUrl, "帮助", "29:user-zhang", "张伟");
        await _app.PostAsync(refused);
        Assert.Contains("情况: 401 from 127.0.0.1", await PostedAsync("⚠️ NorthPool 告警：Teams 连接器拒绝了机器人的凭据"));

        _connector.Intercept = null;
        await SayAsync("帮助", "29:user-zhang", "张伟");
        await PostedAsync("✅ NorthPool 已恢复：Teams 连接器拒绝了机器人的凭据");
    }

    [Fact]
    [Trait("Store", "LiteDbFile")]
    public async Task ALowDiskAndQueueingWritesAreWatchedEveryMinute()
    {
        Settings["Operations:MinFreeDiskMegabytes"] = "10000000";
        Settings["Operations:WriteWaitSeconds"] = "1";
        await StartAsync();
        var runs = await JobRuns.AttachAsync(_app);

        await TickAsync(runs);
        Assert.Contains("MB free (< 10000000 MB)", await PostedAsync("⚠️ NorthPool 告警：数据盘空间不足"));

        // One unit holds the writer for 1.5 s: the write behind it waits that long.
        var writer = _app.App.Services.GetRequiredService<StoreWriter>();
        var slow = writer.WriteAsync(() => { Thread.Sleep(1500); return 0; }, CancellationToken.None);
        await writer.WriteAsync(() => 0, CancellationToken.None);
        await slow;
        await TickAsync(runs);
        Assert.Contains("(limit 1 s)", await PostedAsync("⚠️ NorthPool 告警：写入排队过长"));

        await writer.WriteAsync(() => 0, CancellationToken.None);
        await TickAsync(runs);
        await PostedAsync("✅ NorthPool 已恢复：写入排队过长");
        Assert.Single(Posted("⚠️ NorthPool 告警：数据盘空间不足"));
    }

    [Fact]
    [Trait("Store", "LiteDbFile")]
    public async Task AStartAfterARunThatDidNotStopCleanlyIsAlerted()
    {
        await StartAsync();
        await _app.DisposeAsync();
        using (var db = new LiteDatabase(new ConnectionString { Filename = _dbPath, Connection = ConnectionType.Direct }))
        {
            // A clean stop removed the mark; a killed process leaves it, as here.
            Assert.Null(db.GetCollection("settings").FindById(CrashMarker.SettingId));
            db.GetCollection("settings").Upsert(new BsonDocument { ["_id"] = CrashMarker.SettingId, ["Value"] = "2026-11-24T01:00:00.0000000+00:00" });
        }

        _app = await NorthPoolApp.StartAsync(_dbPath, Settings, _time);

        var alert = await PostedAsync("⚠️ NorthPool 告警：NorthPool 异常退出后已重启");
        Assert.Contains("the run started 2026-11-24T01:00:00.0000000+00:00 did not stop cleanly", alert);
    }
}
