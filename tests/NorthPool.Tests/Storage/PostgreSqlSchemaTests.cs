using Microsoft.Extensions.Options;
using Npgsql;
using NorthPool.Storage;
using NorthPool.Storage.PostgreSql;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Storage;

[Trait("Store", "PostgreSql")]
public sealed class PostgreSqlSchemaTests
{
    private static StorageOptions On(string connectionString) =>
        new() { Provider = StorageProvider.PostgreSql, ConnectionString = connectionString };

    [Fact]
    public async Task InstancesStartingTogetherMigrateOnceAndEachFindsEveryCollection()
    {
        var connectionString = TestDatabases.ConnectionString(NewPath());

        var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new NorthPoolDb(Options.Create(On(connectionString)), TestVerbs.Collections))));

        try
        {
            await using var data = NpgsqlDataSource.Create(connectionString);
            await using var versions = data.CreateCommand("SELECT version, count(*) FROM northpool_migrations GROUP BY version ORDER BY version");
            await using var reader = await versions.ExecuteReaderAsync();
            var rows = new List<(int, long)>();
            while (await reader.ReadAsync())
                rows.Add((reader.GetInt32(0), reader.GetInt64(1)));
            Assert.Equal(Enumerable.Range(1, PostgreSqlSchema.Latest).Select(v => (v, 1L)), rows);
            foreach (var name in opened[0].CollectionNames)
                Assert.Equal(0, opened[3].Database.GetCollection(name).Count());
        }
        finally
        {
            foreach (var db in opened)
                db.Dispose();
        }
    }

    [Fact]
    public void ADatabaseThatSortsTextByALanguageIsRefusedWithTheStatementThatMakesAGoodOne()
    {
        var name = "np_collate_" + Guid.NewGuid().ToString("N")[..8];
        var admin = Environment.GetEnvironmentVariable("NORTHPOOL_TEST_POSTGRES")!;
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'", connection);
            create.ExecuteNonQuery();
        }
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;

        var error = Assert.Throws<DatabaseUnavailableException>(() => new NorthPoolDb(Options.Create(On(connectionString)), TestVerbs.Collections));

        Assert.Contains($"database '{name}' sorts text by 'C.UTF-8'", error.Message);
        Assert.Contains("LOCALE 'C'", error.Message);
        using var check = new NpgsqlConnection(connectionString);
        check.Open();
        using var tables = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", check);
        Assert.Equal(0L, tables.ExecuteScalar());
    }

    [Fact]
    public void AServerThatCannotBeReachedIsOneLineNamingWhereAndWhatToDoWithoutThePassword()
    {
        var connectionString = "Host=127.0.0.1;Port=1;Database=northpool;Username=northpool;Password=s3cret;Timeout=2";

        var error = Assert.Throws<DatabaseUnavailableException>(() => new NorthPoolDb(Options.Create(On(connectionString)), TestVerbs.Collections));

        Assert.StartsWith("ConnectionStrings:NorthPool postgresql://127.0.0.1:1/northpool cannot be used", error.Message);
        Assert.Contains("start PostgreSQL there", error.Message);
        Assert.DoesNotContain("s3cret", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData(null, "ConnectionStrings:NorthPool must be set when Storage:Provider is PostgreSql")]
    [InlineData("Host=db.example;Username=np", "ConnectionStrings:NorthPool must name a Database")]
    [InlineData("Hots=db.example;Database=np", "ConnectionStrings:NorthPool is not a PostgreSQL connection string")]
    public void APostgreSqlStoreWithoutAUsableConnectionStringIsOneLineNamingTheKey(string? connectionString, string expected)
    {
        var result = new StorageOptionsValidator().Validate(null, On(connectionString!));

        Assert.True(result.Failed);
        Assert.StartsWith(expected, Assert.Single(result.Failures!));
    }

    private static string NewPath() => Path.Combine(Path.GetTempPath(), "northpool-tests", Guid.NewGuid().ToString("N"), "northpool.db");
}
