namespace NorthPool.Storage.PostgreSql;

// One step of the PostgreSQL schema, applied once, in version order (PostgreSqlSchema).
internal sealed record PostgreSqlMigration(int Version, string Name, string Sql);
