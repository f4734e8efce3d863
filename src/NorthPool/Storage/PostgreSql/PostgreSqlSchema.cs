using System.Data;
using Npgsql;

namespace NorthPool.Storage.PostgreSql;

// Brings the database to this version at start. Every instance runs this; the first takes the schema lock (a
// transaction-scoped advisory lock) and migrates, the others wait for it and then find nothing left to do.
internal static class PostgreSqlSchema
{
    // pg_advisory_xact_lock's key: "the NorthPool schema" in the schema the connection uses (Search Path), so
    // NorthPools in two schemas of one database do not wait for each other.
    private const string SchemaLock = "hashtextextended('northpool:' || current_schema(), 0)";

    public static int Latest => PostgreSqlMigrations.All[^1].Version;

    public static void Upgrade(PostgreSqlEngine engine, IReadOnlyList<StoreCollection> collections, Action indexes)
    {
        // READ COMMITTED: after waiting for the lock, each statement sees what the instance that held it committed.
        engine.InTransaction(IsolationLevel.ReadCommitted, () =>
        {
            if (engine.Run("SELECT current_schema()", null, c => c.ExecuteScalar()) is string schema)
                engine.Schema = schema;
            else
                throw new DatabaseUnavailableException($"{StorageOptions.ConnectionStringKey}: none of the schemas in its Search Path exists; create it (CREATE SCHEMA …) or leave Search Path out to use public.");
            engine.Run($"SELECT pg_advisory_xact_lock({SchemaLock})", null, c => c.ExecuteNonQuery());
            engine.Run("CREATE TABLE IF NOT EXISTS northpool_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())", null, c => c.ExecuteNonQuery());
            var applied = engine.Run("SELECT coalesce(max(version), 0) FROM northpool_migrations", null, c => (int)c.ExecuteScalar()!);
            if (applied > Latest)
                throw new DatabaseUnavailableException($"{StorageOptions.ConnectionStringKey}: the database's schema is version {applied}, newer than this NorthPool knows ({Latest}); run the newer NorthPool or restore a backup made for this one.");
            foreach (var migration in PostgreSqlMigrations.All.Where(m => m.Version > applied))
            {
                engine.Run(migration.Sql, null, c => c.ExecuteNonQuery());
                engine.Run($"INSERT INTO northpool_migrations (version, name) VALUES ({migration.Version}, {LiteExpressionSql.Literal(migration.Name)})", null, c => c.ExecuteNonQuery());
            }
            foreach (var collection in collections)
                engine.CreateCollection(collection.Name);
            indexes();
        });
    }

    // jsonb compares text by the database's collation; NorthPool's keys ("Finished|0000…", slots, dates) need byte order.
    public static void CheckCollation(PostgreSqlEngine engine, string database)
    {
        var collation = engine.Run("SELECT datcollate FROM pg_database WHERE datname = current_database()", null, c => (string)c.ExecuteScalar()!);
        if (collation is not ("C" or "POSIX"))
            throw new DatabaseUnavailableException(
                $"{StorageOptions.ConnectionStringKey}: database '{database}' sorts text by '{collation}'; NorthPool's indexes need byte order. Create it with: CREATE DATABASE \"{database}\" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'; then start NorthPool again.");
    }
}
