using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NorthPool.Storage;

namespace NorthPool.Tests.Support;

// Where a test's store lives. By default a LiteDB file at the path the test chose; with NORTHPOOL_TEST_PROVIDER=PostgreSql
// (scripts/test.sh runs the store suites a second time so) a schema of its own, named after that path, in one database
// of the throwaway server NORTHPOOL_TEST_POSTGRES names: reopening the same path reopens the same schema.
public static class TestDatabases
{
    private const string Database = "northpool_tests";
    private static readonly Lazy<string> Server = new(CreateDatabase);

    public static bool UsePostgreSql =>
        string.Equals(Environment.GetEnvironmentVariable("NORTHPOOL_TEST_PROVIDER"), nameof(StorageProvider.PostgreSql), StringComparison.OrdinalIgnoreCase);

    public static StorageOptions Options(string path) => UsePostgreSql
        ? new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = ConnectionString(path), DatabasePath = path }
        : new StorageOptions { DatabasePath = path };

    // The settings a host needs for the store at path.
    public static IEnumerable<KeyValuePair<string, string?>> Settings(string path) => UsePostgreSql
        ? [new("Storage:Provider", "PostgreSql"), new("ConnectionStrings:NorthPool", ConnectionString(path)), new("Storage:DatabasePath", path)]
        : [new("Storage:DatabasePath", path)];

    // A fresh schema for the path (created if missing); the connection string uses it.
    public static string ConnectionString(string path)
    {
        var schema = "np_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(path))))[..24];
        // Idle connections closed soon: hundreds of hosts come and go in one run, each with its pools.
        var builder = new NpgsqlConnectionStringBuilder(Server.Value) { SearchPath = schema, MaxPoolSize = 20, ConnectionIdleLifetime = 5, ConnectionPruningInterval = 1 };
        using var connection = new NpgsqlConnection(Server.Value);
        connection.Open();
        using var command = new NpgsqlCommand($"CREATE SCHEMA IF NOT EXISTS {schema}", connection);
        command.ExecuteNonQuery();
        return builder.ConnectionString;
    }

    private static string CreateDatabase()
    {
        var admin = Environment.GetEnvironmentVariable("NORTHPOOL_TEST_POSTGRES")
            ?? throw new InvalidOperationException("NORTHPOOL_TEST_PROVIDER=PostgreSql needs NORTHPOOL_TEST_POSTGRES (an admin connection string): run the tests with bash scripts/test.sh, which starts a throwaway PostgreSQL.");
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{Database}'", connection);
            if (exists.ExecuteScalar() is null)
            {
                using var create = new NpgsqlCommand($"CREATE DATABASE {Database} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'", connection);
                try
                {
                    create.ExecuteNonQuery();
                }
                catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
                {
                    // Another test process made it first.
                }
            }
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = Database }.ConnectionString;
    }
}
