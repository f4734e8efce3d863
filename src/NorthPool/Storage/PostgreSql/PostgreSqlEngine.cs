#pragma warning disable RS0030 // LiteDB.Query is the engine's contract, not a query built by hand.
using System.Data;
using System.Text;
using System.Text.RegularExpressions;
using LiteDB;
using LiteDB.Engine;
using Npgsql;

namespace NorthPool.Storage.PostgreSql;

// PostgreSQL under LiteDB's collections API: every feature keeps its one store contract (ILiteCollection<T>, its
// mapping and its indexes) and this engine answers it from a table per collection, (id jsonb primary key, doc jsonb),
// with an expression index per LiteDB index. A transaction belongs to the thread that began it (as LiteDB's do), and
// is SERIALIZABLE: a unit of work that read what another instance changed meanwhile fails with 40001 and the writer
// runs it again (StoreWriter), so "two claims, one winner" holds across instances as it does inside one.
//
// A write to a Watched collection also sends NOTIFY "northpool_rows:<schema>" in its transaction (so only once it
// commits) for the other instances' RowChangeListener.
internal sealed partial class PostgreSqlEngine(NpgsqlDataSource dataSource, IReadOnlySet<string> watched) : ILiteEngine
{
    private readonly ThreadLocal<NpgsqlTransaction?> _transaction = new();

    public NpgsqlDataSource DataSource => dataSource;

    // This process among the instances: its own notifications are not applied twice.
    public string Instance { get; } = Guid.NewGuid().ToString("N");

    // The schema the connection string's Search Path resolves to (PostgreSqlSchema.Upgrade sets it).
    public string Schema { get; set; } = "public";

    public bool BeginTrans() => BeginTrans(IsolationLevel.Serializable);

    public bool BeginTrans(IsolationLevel isolation)
    {
        if (_transaction.Value is not null)
            return false;
        var connection = dataSource.OpenConnection();
        try
        {
            _transaction.Value = connection.BeginTransaction(isolation);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return true;
    }

    public bool Commit()
    {
        if (_transaction.Value is not { } transaction)
            return false;
        _transaction.Value = null;
        using var connection = transaction.Connection;
        using (transaction)
            transaction.Commit();
        return true;
    }

    public bool Rollback()
    {
        if (_transaction.Value is not { } transaction)
            return false;
        _transaction.Value = null;
        using var connection = transaction.Connection;
        using (transaction)
        {
            try
            {
                if (connection?.State == ConnectionState.Open)
                    transaction.Rollback();
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
            {
                // The connection broke: the server has ended the transaction with it.
            }
        }
        return true;
    }

    // One unit of work of the engine's own (schema, migrate-store) in a transaction on this thread.
    public void InTransaction(IsolationLevel isolation, Action work)
    {
        BeginTrans(isolation);
        try
        {
            work();
            Commit();
        }
        catch
        {
            Rollback();
            throw;
        }
    }

    public static bool IsRetryable(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };

    public IBsonDataReader Query(string collection, LiteDB.Query query)
    {
        var table = Table(collection);
        var parameters = new SqlParameters();
        var where = query.Where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", query.Where.Select(w => LiteExpressionSql.Predicate(w, parameters)));
        var select = query.Select?.Source ?? "$";
        if (select.StartsWith("{exists:", StringComparison.Ordinal))
        {
            var exists = Run($"SELECT EXISTS (SELECT 1 FROM {table}{where})", parameters, c => (bool)c.ExecuteScalar()!);
            return new DocumentReader(collection, [new BsonDocument { ["exists"] = exists }]);
        }
        if (select.StartsWith("{count:COUNT(", StringComparison.Ordinal))
        {
            var count = Run($"SELECT count(*) FROM {table}{where}", parameters, c => (long)c.ExecuteScalar()!);
            return new DocumentReader(collection, [new BsonDocument { ["count"] = (int)count }]);
        }
        if (select != "$" || query.Includes.Count > 0 || query.GroupBy is not null)
            throw new NotSupportedException($"The PostgreSQL store answers whole documents, counts and exists only, not '{select}'.");

        var sql = new StringBuilder($"SELECT doc::text FROM {table}{where}");
        if (query.OrderBy is { } orderBy)
            sql.Append(" ORDER BY ").Append(LiteExpressionSql.Key(orderBy, parameters)).Append(query.Order < 0 ? " DESC" : " ASC");
        if (query.Limit is > 0 and < int.MaxValue)
            sql.Append(" LIMIT ").Append(query.Limit);
        if (query.Offset > 0)
            sql.Append(" OFFSET ").Append(query.Offset);
        if (query.ForUpdate && _transaction.Value is not null)
            sql.Append(" FOR UPDATE");
        if (query.ExplainPlan)
            return new DocumentReader(collection, [Explain(collection, sql.ToString(), parameters)]);
        return new DocumentReader(collection, Run(sql.ToString(), parameters, ReadJson));
    }

    // LiteDB's GetPlan() answered from PostgreSQL's plan, in LiteDB's words where they match: index.mode "INDEX RANGE
    // SCAN(<index>)" when an index is read, an "orderBy" key only when rows are sorted after reading. Sequential scans
    // and bitmap scans (which lose the index's order) are ruled out for the question "can an index serve this, in
    // order?": on a small table the planner rightly prefers them.
    private BsonDocument Explain(string collection, string sql, SqlParameters parameters)
    {
        var plan = Run("SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off", null, c =>
        {
            c.ExecuteNonQuery();
            c.CommandText = "EXPLAIN (FORMAT JSON) " + sql;
            parameters.AddTo(c);
            return (string)c.ExecuteScalar()!;
        }, transactional: true);
        var index = Regex.Match(plan, "\"Index Name\":\\s*\"([^\"]+)\"");
        var result = new BsonDocument
        {
            ["index"] = new BsonDocument { ["mode"] = index.Success ? $"INDEX RANGE SCAN({index.Groups[1].Value.Replace(collection + "__", "", StringComparison.Ordinal)})" : "FULL SCAN" },
            ["postgresql"] = plan,
        };
        if (plan.Contains("\"Node Type\": \"Sort\"", StringComparison.Ordinal))
            result["orderBy"] = "sorted after reading";
        return result;
    }

    public int Insert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId)
    {
        var count = 0;
        foreach (var doc in docs)
        {
            SetIdIfMissing(collection, doc, autoId);
            Write($"INSERT INTO {Table(collection)} (id, doc) VALUES ($1::jsonb, $2::jsonb)", doc);
            Notify(collection, doc["_id"]);
            count++;
        }
        return count;
    }

    public int Update(string collection, IEnumerable<BsonDocument> docs) =>
        docs.Sum(doc =>
        {
            var updated = Write($"UPDATE {Table(collection)} SET doc = $2::jsonb WHERE id = $1::jsonb", doc);
            if (updated > 0)
                Notify(collection, doc["_id"]);
            return updated;
        });

    public int Upsert(string collection, IEnumerable<BsonDocument> docs, BsonAutoId autoId)
    {
        var inserted = 0;
        foreach (var doc in docs)
        {
            SetIdIfMissing(collection, doc, autoId);
            if (Run($"INSERT INTO {Table(collection)} (id, doc) VALUES ($1::jsonb, $2::jsonb) ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc RETURNING (xmax = 0)", Row(doc), c => (bool)c.ExecuteScalar()!))
                inserted++;
            Notify(collection, doc["_id"]);
        }
        return inserted;
    }

    public int Delete(string collection, IEnumerable<BsonValue> ids)
    {
        var count = 0;
        foreach (var id in ids)
        {
            var parameters = new SqlParameters();
            parameters.Jsonb(JsonbCodec.Key(id));
            var deleted = Run($"DELETE FROM {Table(collection)} WHERE id = $1::jsonb", parameters, c => c.ExecuteNonQuery());
            if (deleted > 0)
                Notify(collection, id);
            count += deleted;
        }
        return count;
    }

    public int DeleteMany(string collection, BsonExpression predicate)
    {
        var parameters = new SqlParameters();
        var where = predicate is null ? "" : " WHERE " + LiteExpressionSql.Predicate(predicate, parameters);
        var ids = Run($"DELETE FROM {Table(collection)}{where} RETURNING id::text", parameters, ReadJson);
        foreach (var id in ids)
            Notify(collection, id);
        return ids.Count;
    }

    private void Notify(string collection, BsonValue id)
    {
        if (!watched.Contains(collection))
            return;
        var parameters = new SqlParameters();
        parameters.Text(RowChangeChannel.Name(Schema));
        parameters.Text(RowChangeChannel.Payload(Instance, collection, id));
        Run("SELECT pg_notify($1, $2)", parameters, c => c.ExecuteNonQuery());
    }

    public int UpdateMany(string collection, BsonExpression transform, BsonExpression predicate) =>
        throw new NotSupportedException("The PostgreSQL store updates whole documents (Update, Upsert), not UpdateMany.");

    // Inside the schema transaction (PostgreSqlSchema), for every registered collection.
    public void CreateCollection(string collection)
    {
        var table = Table(collection);
        Run($"CREATE TABLE IF NOT EXISTS {table} (id jsonb PRIMARY KEY, doc jsonb NOT NULL)", null, c => c.ExecuteNonQuery());
        Run($"CREATE SEQUENCE IF NOT EXISTS {Sequence(collection)}", null, c => c.ExecuteNonQuery());
    }

    public bool EnsureIndex(string collection, string name, BsonExpression expression, bool unique)
    {
        var key = LiteExpressionSql.Key(expression);
        var on = LiteExpressionSql.IsArrayKey(expression) ? $"USING gin ({key} jsonb_path_ops)" : $"({key})";
        Run($"CREATE {(unique ? "UNIQUE " : "")}INDEX IF NOT EXISTS {Index(collection, name)} ON {Table(collection)} {on}", null, c => c.ExecuteNonQuery());
        return true;
    }

    public bool DropIndex(string collection, string name)
    {
        Run($"DROP INDEX IF EXISTS {Index(collection, name)}", null, c => c.ExecuteNonQuery());
        return true;
    }

    public bool DropCollection(string name)
    {
        Run($"DROP TABLE IF EXISTS {Table(name)}", null, c => c.ExecuteNonQuery());
        return true;
    }

    public bool RenameCollection(string name, string newName)
    {
        Run($"ALTER TABLE {Table(name)} RENAME TO {Table(newName)}", null, c => c.ExecuteNonQuery());
        return true;
    }

    // LiteDB's file settings (checkpoint size, user version …) mean nothing here.
    public BsonValue Pragma(string name) => name.ToUpperInvariant() == "CHECKPOINT" ? NorthPoolDb.CheckpointPages : 0;

    public bool Pragma(string name, BsonValue value) => true;

    public int Checkpoint() => 0;

    public long Rebuild(RebuildOptions options) => 0;

    // transactional: in a transaction of its own (rolled back) when the thread has none.
    public T Run<T>(string sql, SqlParameters? parameters, Func<NpgsqlCommand, T> run, bool transactional = false)
    {
        if (_transaction.Value is { } transaction)
        {
            using var command = new NpgsqlCommand(sql, transaction.Connection, transaction);
            parameters?.AddTo(command);
            return run(command);
        }
        using var connection = dataSource.OpenConnection();
        using var own = transactional ? connection.BeginTransaction() : null;
        using var alone = new NpgsqlCommand(sql, connection, own);
        parameters?.AddTo(alone);
        return run(alone);
    }

    public void Dispose()
    {
        _transaction.Dispose();
        dataSource.Dispose();
    }

    private int Write(string sql, BsonDocument doc) => Run(sql, Row(doc), c => c.ExecuteNonQuery());

    // $1 the row's id as its key, $2 the document.
    private static SqlParameters Row(BsonDocument doc)
    {
        var parameters = new SqlParameters();
        parameters.Jsonb(JsonbCodec.Key(doc["_id"]));
        parameters.Jsonb(JsonbCodec.Write(doc));
        return parameters;
    }

    // Every row's first column, jsonb as text, read back as BSON.
    private static List<BsonValue> ReadJson(NpgsqlCommand command)
    {
        var rows = new List<BsonValue>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            rows.Add(JsonbCodec.Read(reader.GetString(0)));
        return rows;
    }

    private void SetIdIfMissing(string collection, BsonDocument doc, BsonAutoId autoId)
    {
        if (doc.TryGetValue("_id", out var id) && !id.IsNull)
            return;
        doc["_id"] = autoId switch
        {
            BsonAutoId.ObjectId => ObjectId.NewObjectId(),
            BsonAutoId.Guid => Guid.NewGuid(),
            BsonAutoId.Int32 => (int)NextId(collection),
            _ => NextId(collection),
        };
    }

    private long NextId(string collection) =>
        Run($"SELECT nextval('{Sequence(collection)}')", null, c => (long)c.ExecuteScalar()!);

    public static string Table(string collection) => "\"" + Checked(collection) + "\"";

    public static string Sequence(string collection) => "\"" + Checked(collection) + "_ids\"";

    private static string Index(string collection, string name) => "\"" + Checked(collection) + "__" + Checked(name) + "\"";

    private static string Checked(string name) =>
        Name().IsMatch(name) ? name : throw new NotSupportedException($"'{name}' is not a collection or index name the PostgreSQL store accepts (letters, digits, _).");

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,40}$")]
    private static partial Regex Name();
}
