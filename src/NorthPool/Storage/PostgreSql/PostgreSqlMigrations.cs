namespace NorthPool.Storage.PostgreSql;

// The PostgreSQL schema's history, oldest first. Never edit a shipped step: add the next version. Feature collections
// are not listed here: each registered StoreCollection gets its table, id sequence and indexes at every start (created
// if missing), in the same locked transaction, after these steps.
internal static class PostgreSqlMigrations
{
    public static readonly IReadOnlyList<PostgreSqlMigration> All =
    [
        new(1, "northpool_key", """
            -- A stored value as indexes and comparisons see it: LiteDB's numeric types alike (tags unwrapped), the rest as is.
            CREATE OR REPLACE FUNCTION northpool_key(value jsonb) RETURNS jsonb
                LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
                AS $$ SELECT CASE WHEN jsonb_typeof(value) = 'object'
                                  THEN coalesce(value -> '$numberLong', value -> '$numberDouble', value -> '$numberDecimal', value)
                                  ELSE value END $$;
            """),
    ];
}
