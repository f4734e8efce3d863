using System.Text.Json;
using NorthPool.IntegrationTests.Support;
using NorthPool.Tests.Support;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// What differs for a host on PostgreSQL: it makes no backup files (PostgreSQL's pg_dump does) and says so.
[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlHostTests : BotTest
{
    [Fact]
    public async Task BackupOnAPostgreSqlStoreSaysToUsePgDumpAndReadyzSaysNoBackupIsMade()
    {
        Assert.True(TestDatabases.UsePostgreSql, "run with NORTHPOOL_TEST_PROVIDER=PostgreSql (scripts/test.sh)");
        var backup = Personal(Connector.ServiceUrl, "备份", userId: "29:user-admin", name: "管理员");

        await Bot.PostAsync(backup);

        Assert.Contains("pg_dump", await Connector.ReplyToAsync((string)backup["id"]!));
        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(Bot.DatabasePath)!, "backups")));
        using var ready = JsonDocument.Parse(await Bot.Http.GetStringAsync("/readyz"));
        var check = ready.RootElement.GetProperty("checks").GetProperty("backup");
        Assert.Equal("Degraded", check.GetProperty("status").GetString());
        Assert.Contains("pg_dump", check.GetProperty("description").GetString());
        Assert.StartsWith("postgresql://127.0.0.1:", ready.RootElement.GetProperty("checks").GetProperty("store").GetProperty("data").GetProperty("file").GetString());
    }
}
