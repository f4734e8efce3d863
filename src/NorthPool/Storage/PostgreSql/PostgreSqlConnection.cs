using Npgsql;

namespace NorthPool.Storage.PostgreSql;

// ConnectionStrings:NorthPool: checked when the options are validated, opened once as the store's data source.
internal static class PostgreSqlConnection
{
    public static string? Problem(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
                return "must name a Host";
            if (string.IsNullOrWhiteSpace(builder.Database))
                return "must name a Database";
            return null;
        }
        catch (ArgumentException ex)
        {
            return $"is not a PostgreSQL connection string ({ex.Message})";
        }
    }

    // Host:port/database, never the password: for logs, /readyz and error lines.
    public static string Describe(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{builder.Host}:{builder.Port}/{builder.Database}";
    }

    public static NpgsqlDataSource Open(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.ApplicationName ??= "NorthPool";
        return builder.Build();
    }
}
