using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NorthPool.Pools;
using NorthPool.Storage;
using NorthPool.Tasks;

namespace NorthPool.Tests.Support;

// A real store (a LiteDB file in a temp folder, or PostgreSQL: TestDatabases), seeded with the shipped catalog.
public sealed class TestStore : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 1, 30, 0, TimeSpan.Zero);

    private TestStore(string path, FakeTimeProvider time, bool file)
    {
        FilePath = path;
        Time = time;
        var options = file ? new StorageOptions { DatabasePath = path } : TestDatabases.Options(path);
        Db = new NorthPoolDb(Options.Create(options), TestVerbs.Collections);
        Writer = new StoreWriter(Db, Options.Create(options));
        Tasks = new TaskStore(Db, Writer, Changes);
    }

    public string FilePath { get; }
    public FakeTimeProvider Time { get; }
    public NorthPoolDb Db { get; }
    public StoreWriter Writer { get; }
    public TaskStore Tasks { get; }
    public TaskChangeFeed Changes { get; } = new();
    public PeriodCalendar Calendar { get; } = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

    // What the pool refresh does at the store's current time: open this period's instances, mark overdue ones.
    public OpenResult OpenPeriod() =>
        Writer.WriteAsync(() => new InstanceOpener(Db, Tasks, Calendar).Open(Time.GetUtcNow()), CancellationToken.None).GetAwaiter().GetResult();

    // The one open instance of a template (BD-001 → BD-001-2026W48 at Start).
    public string Current(string templateId) => Tasks.OpenOf(templateId).Single().Id;

    public IReadOnlyList<TaskInstance> All() => Db.Tasks.FindAll().ToList();

    // file: a LiteDB file whatever store the run tests (NORTHPOOL_TEST_PROVIDER), for what reads one.
    public static TestStore CreateSeeded(string? path = null, DateTimeOffset? at = null, bool file = false)
    {
        path ??= Path.Combine(Path.GetTempPath(), "northpool-tests", Guid.NewGuid().ToString("N"), "northpool.db");
        var store = new TestStore(path, new FakeTimeProvider(at ?? Start), file);
        var seeder = new CatalogSeeder(Catalog.Load(Catalog.DefaultPath), store.Db, store.Writer, new InstanceUpgrade(store.Db, store.Tasks, store.Calendar), store.Time, NullLogger<CatalogSeeder>.Instance);
        seeder.StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        store.OpenPeriod();
        return store;
    }

    public TestStore Reopen()
    {
        Close();
        return CreateSeeded(FilePath, Time.GetUtcNow());
    }

    private void Close()
    {
        Writer.Dispose();
        Db.Dispose();
    }

    public void Dispose() => Close();
}
