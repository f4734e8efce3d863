using LiteDB;
using Microsoft.Extensions.Options;

namespace NorthPool.Storage;

// The one LiteDB file. It knows no feature: each registers its collections (name, mapping, indexes) and reads them
// through its own extension properties (db.Tasks, db.ReportRuns …). Reads go straight to the collections from any
// thread; writes go through StoreWriter.
public sealed class NorthPoolDb : IDisposable
{
    private readonly FileStream? _lock;
    private readonly CommitLog? _log;
    private readonly Action? _waitForLogWrites;

    public NorthPoolDb(IOptions<StorageOptions> options, IEnumerable<StoreCollection> collections)
    {
        var all = collections.Append(StorageCollections.Settings).DistinctBy(c => c.Name).ToList();
        CollectionNames = all.Select(c => c.Name).ToList();
        var mapper = CreateMapper();
        foreach (var collection in all)
            collection.Map(mapper);
        if (options.Value.Provider == StorageProvider.PostgreSql)
        {
            var connectionString = options.Value.ConnectionString!;
            FilePath = PostgreSql.PostgreSqlConnection.Describe(connectionString);
            Provider = StorageProvider.PostgreSql;
            Database = OpenPostgreSql(connectionString, all, mapper);
            return;
        }

        var path = Path.GetFullPath(options.Value.DatabasePath);
        FilePath = path;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw Unwritable(path, ex);
        }
        _lock = Lock(path);
        if (DatabaseFileCheck.Problem(path) is { } problem)
            Refuse($"{problem}; NorthPool has not changed it.", damaged: true);

        FileStream? data = null;
        try
        {
            // LiteDB's own file names (<name>.db, <name>-log.db), opened here so that a commit costs one durable point
            // (CommitLog) rather than one fsync per page.
            data = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);
            _log = new CommitLog(new FileStream(LogPath(path), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0));
            Database = new LiteDatabase(data, mapper, _log);
            _ = Database.GetCollectionNames().ToList();
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException || ex is IOException && IsDiskFull(ex))
        {
            data?.Dispose();
            _log?.Dispose();
            _lock.Dispose();
            throw Unwritable(path, ex);
        }
        catch (Exception ex) when (ex is LiteException or IOException or InvalidOperationException)
        {
            data?.Dispose();
            _log?.Dispose();
            Refuse($"could not be opened ({ex.Message}); NorthPool has not changed it.", ex, damaged: true);
            throw;
        }
        _waitForLogWrites = LiteDbLogQueue.WaitFor(Database);
        // All are created when the file is opened: LiteDB 5.0.x can fail a read ("page type must be collection page")
        // that races the transaction creating its collection (LiteDB #2792).
        foreach (var name in CollectionNames)
            CreateIfMissing(name);
        foreach (var collection in all)
            collection.Index(Database);
        // A backup that stopped between Freeze and Thaw (the process died) must not leave the checkpoint off.
        if (Database.CheckpointSize != CheckpointPages)
            Database.CheckpointSize = CheckpointPages;
        SyncLog();
    }

    public StorageProvider Provider { get; } = StorageProvider.LiteDb;

    // A file NorthPool owns (LiteDB), as opposed to a database server it shares (PostgreSQL).
    public bool IsFile => Provider == StorageProvider.LiteDb;

    // A unit of work that failed only because another instance changed what it read (PostgreSQL's serialization
    // failure): the writer runs it again. Never so for the LiteDB file, which has one writer.
    public bool IsRetryable(Exception exception) => !IsFile && PostgreSql.PostgreSqlEngine.IsRetryable(exception);

    public IReadOnlyList<string> CollectionNames { get; }

    public LiteDatabase Database { get; }

    // The LiteDB file, or for PostgreSQL where the database is (postgresql://host:port/database, never a password).
    public string FilePath { get; }

    public ILiteCollection<Setting> Settings => Database.GetCollection<Setting>(StorageCollections.Settings.Name);

    // After a commit: nothing is acknowledged before its pages are on disk. LiteDB's own thread writes them to the log
    // after Commit returns, so wait for it first.
    public void SyncLog()
    {
        _waitForLogWrites?.Invoke();
        _log?.Sync();
    }

    // LiteDB's default: the log is copied into the data file once it holds this many pages.
    public const int CheckpointPages = 1000;

    // The writer's side of a backup (between two commits, StoreWriter.BetweenCommitsAsync): LiteDB's checkpoint is
    // held off, so until Thaw the data file does not change and the log only grows; the data file and the first
    // LogBytes of the log are then this instant's store, whose rows per collection are Counts.
    public FilePoint Freeze()
    {
        if (!IsFile)
            throw new NotSupportedException("A PostgreSQL store is not frozen: its backups are made by PostgreSQL's own tools.");
        SyncLog();
        Database.CheckpointSize = 0;
        SyncLog();
        try
        {
            var counts = CollectionNames.ToDictionary(name => name, name => Database.GetCollection(name).LongCount(), StringComparer.Ordinal);
            return new FilePoint(FilePath, LogPath(FilePath), new FileInfo(LogPath(FilePath)).Length, counts);
        }
        catch
        {
            Thaw();
            throw;
        }
    }

    public void Thaw()
    {
        Database.CheckpointSize = CheckpointPages;
        SyncLog();
    }

    public void Dispose()
    {
        Database.Dispose();
        _log?.Dispose();
        _lock?.Dispose();
    }

    // A date as it is stored ("2026-11-24", so ranges compare as text): also the form of a query parameter on one.
    public static BsonValue Date(DateOnly day) => new(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    // Held (exclusively) by the process that has the database open; a restore takes it too.
    public static string LockPath(string path) => path + ".lock";

    public static string LogPath(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));

    // One NorthPool per file: a second process on the same file would have two writers and two "winners" of one claim.
    // The lock is the OS's (an exclusive share on a file next to the database), so it goes when the process does.
    private static FileStream Lock(string path)
    {
        try
        {
            return new FileStream(LockPath(path), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException || ex is IOException && IsDiskFull(ex))
        {
            throw Unwritable(path, ex);
        }
        catch (IOException ex)
        {
            throw new DatabaseUnavailableException(
                $"Storage:DatabasePath {path} is in use by another NorthPool process (it holds {LockPath(path)}); stop that one or choose another file.", ex);
        }
    }

    private void Refuse(string what, Exception? inner = null, bool damaged = false)
    {
        _lock?.Dispose();
        throw new DatabaseUnavailableException($"Storage:DatabasePath {FilePath} {what}", inner, damaged);
    }

    // ENOSPC (28) and EDQUOT (122) on Linux, ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.
    private static bool IsDiskFull(Exception ex) => (ex.HResult & 0xFFFF) is 28 or 122 or 0x70 or 0x27;

    private static DatabaseUnavailableException Unwritable(string path, Exception ex) =>
        new($"Storage:DatabasePath {path}: the folder {Path.GetDirectoryName(path)} cannot be written ({ex.Message}); make it writable for the user NorthPool runs as and leave room on its disk, or choose another folder.", ex);

    // The PostgreSQL engine under Database (null for the LiteDB file): its connections, for the change listener.
    internal PostgreSql.PostgreSqlEngine? Engine { get; private set; }

    private LiteDatabase OpenPostgreSql(string connectionString, IReadOnlyList<StoreCollection> collections, BsonMapper mapper)
    {
        var engine = new PostgreSql.PostgreSqlEngine(
            PostgreSql.PostgreSqlConnection.Open(connectionString),
            collections.Where(c => c.Watched).Select(c => c.Name).ToHashSet(StringComparer.Ordinal));
        Engine = engine;
        var database = new LiteDatabase(engine, mapper);
        try
        {
            PostgreSql.PostgreSqlSchema.CheckCollation(engine, new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!);
            PostgreSql.PostgreSqlSchema.Upgrade(engine, collections, () =>
            {
                foreach (var collection in collections)
                    collection.Index(database);
            });
            return database;
        }
        catch (Npgsql.NpgsqlException ex)
        {
            database.Dispose();
            throw new DatabaseUnavailableException(
                $"{StorageOptions.ConnectionStringKey} {PostgreSql.PostgreSqlConnection.Describe(connectionString)} cannot be used ({ex.Message}); start PostgreSQL there, or correct the connection string (Host, Port, Database, Username, Password).", ex);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    private void CreateIfMissing(string name)
    {
        if (Database.CollectionExists(name))
            return;
        Database.BeginTrans();
        var collection = Database.GetCollection(name);
        collection.Insert(new BsonDocument { ["_id"] = "__create__" });
        collection.Delete("__create__");
        Database.Commit();
    }

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper { EnumAsInteger = false };
        mapper.RegisterType<DateTimeOffset>(
            value => new BsonValue(value.UtcDateTime),
            bson => new DateTimeOffset(bson.AsDateTime.ToUniversalTime(), TimeSpan.Zero));
        mapper.RegisterType<TimeOnly>(
            value => new BsonValue(value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
            bson => TimeOnly.Parse(bson.AsString, System.Globalization.CultureInfo.InvariantCulture));
        mapper.RegisterType<DateOnly>(
            Date,
            bson => DateOnly.ParseExact(bson.AsString, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return mapper;
    }
}
