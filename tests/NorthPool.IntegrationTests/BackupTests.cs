using System.Net;
using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NorthPool.Backups;
using NorthPool.IntegrationTests.Support;
using NorthPool.Storage;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// Backups of the running bot: 备份 makes a verified point-in-time copy; the daily job fires on the app's clock; the
// restore drill (data of every kind, backup, more changes, restore) brings back exactly the state at backup time.
[Trait("Store", "LiteDbFile")]
public sealed class BackupTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(NorthPoolApp.Start);
    private readonly string _dbPath = NorthPoolApp.NewDatabasePath();
    private FakeConnector _connector = null!;
    private NorthPoolApp _app = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync();
        _app = await NorthPoolApp.StartAsync(_dbPath, time: _time);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private string BackupFolder => Path.Combine(Path.GetDirectoryName(_dbPath)!, "backups");

    private async Task<string> SayAsync(string text, string userId = "29:user-zhang", string name = "张伟")
    {
        var activity = Personal(_connector.ServiceUrl, text, userId, name);
        Assert.Equal(HttpStatusCode.OK, (await _app.PostAsync(activity)).StatusCode);
        return await _connector.ReplyToAsync((string)activity["id"]!);
    }

    // Every row of every collection, as text, collection by collection.
    private static SortedDictionary<string, List<string>> Dump(LiteDatabase db) =>
        new(db.GetCollectionNames().ToDictionary(name => name,
            name => db.GetCollection(name).FindAll().Select(d => LiteDB.JsonSerializer.Serialize(d)).Order(StringComparer.Ordinal).ToList()),
            StringComparer.Ordinal);

    [Fact]
    public async Task TheRestoreDrillBringsBackExactlyTheStateAtBackupTime()
    {
        // Data of every kind: tasks with history, instances, CRM rows, roles, and the report channel and runs.
        await SayAsync("认领 BD-001");
        await SayAsync("进度 BD-001 40% 已拜访两家");
        await SayAsync("客户 新建 中国移动广东公司 通信 省级 华南 重点 别名 广东移动");
        await SayAsync("拜访 广东移动 讨论智能客服试点 下一步 12-05 演示");
        await SayAsync("商机 广东移动 智能客服 80万");
        await SayAsync("合同 广东移动 智能客服一期 60万 2026-12-01 2027-11-30");
        var made = await SayAsync("备份", "29:user-admin", "管理员");
        Assert.StartsWith("✅ 备份完成：northpool-20261124-010000.db（", made);
        var backup = Path.Combine(BackupFolder, "northpool-20261124-010000.db");
        SortedDictionary<string, List<string>> atBackup;
        using (var live = new LiteDatabase(new ConnectionString { Filename = backup, Connection = ConnectionType.Direct, ReadOnly = true }))
            atBackup = Dump(live);
        Assert.Equal(Dump(_app.Db.Database), atBackup);

        await SayAsync("完成 BD-001");
        await SayAsync("客户 新建 深圳电信 通信 地市");
        await _app.StopAsync();
        await _app.DisposeAsync();

        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(0, BackupRestore.Run(backup, _dbPath, _time.GetUtcNow(), output, error));

        Assert.StartsWith($"Restored {backup} to {_dbPath}.", output.ToString());
        Assert.Contains($"  tasks: {atBackup["tasks"].Count}\n", output.ToString().ReplaceLineEndings("\n"));
        Assert.True(File.Exists($"{_dbPath}.before-restore-20261124-010000"));
        using (var restored = new LiteDatabase(new ConnectionString { Filename = _dbPath, Connection = ConnectionType.Direct }))
            Assert.Equal(atBackup, Dump(restored));
        // And the bot runs on it.
        _app = await NorthPoolApp.StartAsync(_dbPath, time: _time);
        Assert.Equal(NorthPool.Tasks.TaskState.InProgress, _app.Tasks.Find("BD-001-2026W48")!.State);
        Assert.Null(_app.Db.Database.GetCollection("customers").FindOne("$.Name = '深圳电信'"));
    }

    [Fact]
    public async Task RestoreRefusesWhileTheBotRunsOrWhenTheBackupIsNotOneAndChangesNothing()
    {
        await SayAsync("备份", "29:user-admin", "管理员");
        var backup = Directory.GetFiles(BackupFolder).Single();

        var error = new StringWriter();
        Assert.Equal(1, BackupRestore.Run(backup, _dbPath, _time.GetUtcNow(), TextWriter.Null, error));
        Assert.StartsWith($"restore: NorthPool is running on {_dbPath}", error.ToString());

        await _app.StopAsync();
        await _app.DisposeAsync();
        var before = await File.ReadAllBytesAsync(_dbPath);
        var garbage = Path.Combine(BackupFolder, "garbage.db");
        await File.WriteAllBytesAsync(garbage, new byte[8192 * 3]);
        error = new StringWriter();
        Assert.Equal(1, BackupRestore.Run(garbage, _dbPath, _time.GetUtcNow(), TextWriter.Null, error));
        Assert.Contains("is not a LiteDB database", error.ToString());
        Assert.Equal(before, await File.ReadAllBytesAsync(_dbPath));
        Assert.False(File.Exists($"{_dbPath}.before-restore-20261124-010000"));
        _app = await NorthPoolApp.StartAsync(_dbPath, time: _time);
    }

    [Fact]
    public async Task TheDailyBackupFiresAt0300InTheReportZoneAndIsVerified()
    {
        var runs = await JobRuns.AttachAsync(_app);

        // 2026-11-24 09:00 in Shanghai → 2026-11-25 03:00:30 there (19:00:30 UTC).
        _time.Advance(new DateTimeOffset(2026, 11, 24, 19, 0, 30, TimeSpan.Zero) - _time.GetUtcNow());
        await runs.WaitAsync(BackupJob.Key);

        var made = Assert.Single(Directory.GetFiles(BackupFolder));
        Assert.Equal("northpool-20261124-190030.db", Path.GetFileName(made));
        // Its own check has compared it with the store at 03:00; jobs later that morning have added instances since.
        var rows = BackupFiles.Count(made);
        Assert.Equal(62, rows["templates"]);
        Assert.InRange(rows["tasks"], 58, _app.Db.Database.GetCollection("tasks").LongCount());
    }

    [Fact]
    public async Task OnlyAdminsMayBackUpAndAreToldWhoMay()
    {
        var refused = await SayAsync("备份");

        Assert.Contains("管理员", refused);
        Assert.False(Directory.Exists(BackupFolder) && Directory.EnumerateFiles(BackupFolder).Any());
    }
}
