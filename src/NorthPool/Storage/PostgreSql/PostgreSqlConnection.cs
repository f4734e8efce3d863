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

    // NorthPool uses built-in types only (jsonb, text, bigint, bool, bytea) while every table adds a type of its own, so
    // loading the database's types at each new data source grows with the database (over a second with a few hundred
    // schemas): it is turned off.
    public static NpgsqlDataSource Open(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.ApplicationName ??= "NorthPool";
        builder.ConfigureTypeLoading(types => types.EnableTypeLoading(false));
        return builder.Build();
    }

    // The same for Quartz's job store, which opens its connections from a connection string: the only way to say it
    // there is the connection-string keyword Npgsql now marks obsolete in favour of the data source builder above.
    public static string ForScheduler(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.ApplicationName ??= "NorthPool scheduler";
#pragma warning disable CS0618
        builder.ServerCompatibilityMode = ServerCompatibilityMode.NoTypeLoading;
#pragma warning restore CS0618
        return builder.ConnectionString;
    }
}
