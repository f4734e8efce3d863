using Microsoft.Extensions.Options;
using Npgsql;
using NorthPool.Storage;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Storage;

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlOutageTests
{
    [Fact]
    public async Task WhileTheServerRefusesConnectionsAWriteFailsAndTheWriterCarriesOnOnceItIsBack()
    {
        var admin = Environment.GetEnvironmentVariable("NORTHPOOL_TEST_POSTGRES")!;
        var name = "np_outage_" + Guid.NewGuid().ToString("N")[..8];
        Execute(admin, $"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'");
        var options = new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString };
        using var db = new NorthPoolDb(Options.Create(options), TestVerbs.Collections);
        using var writer = new StoreWriter(db, Options.Create(options));
        await writer.WriteAsync(() => db.Settings.Upsert(new Setting { Id = "before", Value = "1" }), default);

        Execute(admin, $"ALTER DATABASE {name} ALLOW_CONNECTIONS false");
        Execute(admin, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
        db.Engine!.DataSource.Clear();
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => writer.WriteAsync(() => db.Settings.Upsert(new Setting { Id = "during", Value = "2" }), default));

        Execute(admin, $"ALTER DATABASE {name} ALLOW_CONNECTIONS true");
        await writer.WriteAsync(() => db.Settings.Upsert(new Setting { Id = "after", Value = "3" }), default);
        Assert.Equal(["after", "before"], db.Settings.FindAll().Select(s => s.Id).Order(StringComparer.Ordinal));
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
