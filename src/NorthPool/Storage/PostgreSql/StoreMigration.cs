using System.Globalization;
using LiteDB;
using Microsoft.Extensions.Options;

namespace NorthPool.Storage.PostgreSql;

// `dotnet NorthPool.dll migrate-store --from <LiteDB file> --to <connection string>`: copies every row of a LiteDB
// store (every collection, history included) into an empty PostgreSQL database, then checks that each collection
// has as many rows there as in the file. The file is opened read-only and only while no NorthPool holds it; the target
// is refused unless it is empty, so a second run cannot mix two stores. Returns the process exit code.
public static class StoreMigration
{
    private const int Batch = 1000;

    public static int Run(string from, string to, IReadOnlyList<StoreCollection> collections, TextWriter output, TextWriter error)
    {
        var source = Path.GetFullPath(from);
        if (!File.Exists(source))
            return Refuse(error, $"migrate-store: {source} does not exist; name the LiteDB file NorthPool used (Storage:DatabasePath).");
        if (DatabaseFileCheck.Problem(source) is { } problem)
            return Refuse(error, $"migrate-store: {source} {problem}; nothing was copied.");
        if (PostgreSqlConnection.Problem(to) is { } bad)
            return Refuse(error, $"migrate-store: --to {bad}.");

        FileStream held;
        try
        {
            held = new FileStream(NorthPoolDb.LockPath(source), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return Refuse(error, $"migrate-store: NorthPool is running on {source} (it holds {NorthPoolDb.LockPath(source)}); stop it first.");
        }

        using (held)
        using (var file = new LiteDatabase(new ConnectionString { Filename = source, ReadOnly = true, Connection = ConnectionType.Direct }))
        {
            NorthPoolDb target;
            try
            {
                target = new NorthPoolDb(Options.Create(new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = to }), collections);
            }
            catch (DatabaseUnavailableException ex)
            {
                return Refuse(error, "migrate-store: " + ex.Message);
            }
            using (target)
            {
                var engine = target.Engine!;
                var names = file.GetCollectionNames().Where(n => !n.StartsWith('$')).Order(StringComparer.Ordinal).ToList();
                var filled = names.Concat(target.CollectionNames).Distinct().Where(n => Exists(engine, n) && CountIn(engine, n) > 0).ToList();
                if (filled.Count > 0)
                    return Refuse(error, $"migrate-store: {PostgreSqlConnection.Describe(to)} is not empty ({string.Join(", ", filled)} have rows); migrate into a new, empty database.");

                var expected = new Dictionary<string, long>(StringComparer.Ordinal);
                foreach (var name in names)
                {
                    var rows = file.GetCollection(name);
                    var total = rows.LongCount();
                    expected[name] = total;
                    Copy(engine, name, rows.FindAll(), total, output);
                }

                output.WriteLine("Checking the copy:");
                var wrong = 0;
                foreach (var (name, count) in expected)
                {
                    var copied = CountIn(engine, name);
                    output.WriteLine($"  {name}: {count.ToString("N0", CultureInfo.InvariantCulture)} in the file, {copied.ToString("N0", CultureInfo.InvariantCulture)} in PostgreSQL{(copied == count ? "" : "  ← differs")}");
                    if (copied != count)
                        wrong++;
                }
                if (wrong > 0)
                    return Refuse(error, $"migrate-store: {wrong} collection(s) differ; drop the database and run migrate-store again.");
                output.WriteLine($"Copied {source} into {PostgreSqlConnection.Describe(to)}: every collection has as many rows. Start NorthPool with Storage:Provider=PostgreSql.");
                return 0;
            }
        }
    }

    private static void Copy(PostgreSqlEngine engine, string collection, IEnumerable<BsonDocument> rows, long total, TextWriter output)
    {
        // A collection the file has and this NorthPool no longer registers is kept all the same.
        engine.InTransaction(System.Data.IsolationLevel.ReadCommitted, () => engine.CreateCollection(collection));
        long done = 0;
        foreach (var chunk in rows.Chunk(Batch))
        {
            engine.InTransaction(System.Data.IsolationLevel.ReadCommitted, () => engine.Insert(collection, chunk, BsonAutoId.ObjectId));
            done += chunk.Length;
            output.WriteLine($"  {collection}: {done.ToString("N0", CultureInfo.InvariantCulture)} / {total.ToString("N0", CultureInfo.InvariantCulture)}");
        }
        // New rows continue after the highest number id copied.
        engine.Run($"SELECT setval('{PostgreSqlEngine.Sequence(collection)}', greatest(1, coalesce((SELECT max((id #>> '{{}}')::numeric) FROM {PostgreSqlEngine.Table(collection)} WHERE jsonb_typeof(id) = 'number'), 0))::bigint, (SELECT count(*) > 0 FROM {PostgreSqlEngine.Table(collection)} WHERE jsonb_typeof(id) = 'number'))", null, c => c.ExecuteScalar());
    }

    private static long CountIn(PostgreSqlEngine engine, string collection) =>
        engine.Run($"SELECT count(*) FROM {PostgreSqlEngine.Table(collection)}", null, c => (long)c.ExecuteScalar()!);

    private static bool Exists(PostgreSqlEngine engine, string collection) =>
        engine.Run($"SELECT to_regclass({LiteExpressionSql.Literal(PostgreSqlEngine.Table(collection))}) IS NOT NULL", null, c => (bool)c.ExecuteScalar()!);

    private static int Refuse(TextWriter error, string line)
    {
        error.WriteLine(line);
        return 1;
    }
}
