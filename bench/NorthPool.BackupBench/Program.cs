// A hot backup of an aged store under a write load: the store is filled as bench/report-build.sh fills it (10,000
// task instances, 100,000 history rows, 100,000 CRM rows), then 8 writers commit a change and its audit row each, as
// chat turns do, as fast as they can; their acknowledgement latency is measured for a while without a backup and
// then while BackupMaker makes, verifies and prunes copies back to back.
//   dotnet bench/NorthPool.BackupBench/bin/Release/net10.0/NorthPool.BackupBench.dll [tasks] [history] [crm rows] [seconds]
using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NorthPool.Backups;
using NorthPool.Crm;
using NorthPool.Pools;
using NorthPool.Storage;
using NorthPool.Tasks;

var taskCount = args.Length > 0 ? int.Parse(args[0]) : 10_000;
var historyCount = args.Length > 1 ? int.Parse(args[1]) : 100_000;
var crmRows = args.Length > 2 ? int.Parse(args[2]) : 100_000;
var seconds = args.Length > 3 ? int.Parse(args[3]) : 10;

var folder = Path.Combine(Path.GetTempPath(), $"northpool-backupbench-{Guid.NewGuid():N}");
var path = Path.Combine(folder, "northpool.db");
var storage = Options.Create(new StorageOptions { DatabasePath = path });
try
{
    using var db = new NorthPoolDb(storage, [.. TaskCollections.All, .. PoolCollections.All, .. CrmCollections.All]);
    using var writer = new StoreWriter(db, storage);
    var now = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8));
    await AgedFill.FillAsync(db, writer, Catalog.Load(Catalog.DefaultPath), now, taskCount, historyCount, crmRows, new Random(42));
    Console.WriteLine($"store: {db.Tasks.Count()} tasks, {db.Audit.Count()} history rows, {new FileInfo(path).Length / 1024 / 1024} MB data file");

    var calendar = new PeriodCalendar(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
    var maker = new BackupMaker(db, writer, Options.Create(new BackupOptions()), calendar, TimeProvider.System, NullLogger<BackupMaker>.Instance);

    var quiet = await MeasureAsync(db, writer, TimeSpan.FromSeconds(seconds), during: null);
    var backups = new List<(TimeSpan Took, long Bytes)>();
    var loaded = await MeasureAsync(db, writer, TimeSpan.FromSeconds(seconds), during: async stop =>
    {
        while (!stop.IsCancellationRequested)
        {
            var outcome = await maker.CreateAsync(CancellationToken.None);
            if (outcome.Made is not { } made)
                throw new InvalidOperationException(outcome.Failure);
            backups.Add((made.Took, made.Bytes));
        }
    });

    Console.WriteLine($"backups made under load: {backups.Count}, {backups[0].Bytes / 1024 / 1024} MB each, time p50 {Percentile(backups.Select(b => b.Took.TotalMilliseconds).ToList(), 50):F0} ms, max {backups.Max(b => b.Took.TotalMilliseconds):F0} ms");
    Report("writes without a backup", quiet);
    Report("writes during backups", loaded);
}
finally
{
    Directory.Delete(folder, recursive: true);
}

static async Task<List<double>> MeasureAsync(NorthPoolDb db, StoreWriter writer, TimeSpan length, Func<CancellationToken, Task>? during)
{
    var latencies = new ConcurrentBag<double>();
    using var stop = new CancellationTokenSource(length);
    var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var id = $"bench-{w}-{i}";
            await writer.WriteAsync(() =>
            {
                db.Settings.Upsert(new Setting { Id = $"bench-{w}", Value = id });
                return db.Audit.Insert(new AuditEntry { TaskId = $"BENCH-{w}", At = DateTimeOffset.UnixEpoch.AddSeconds(i), ActorId = "29:bench", Trigger = TaskTrigger.Progress, From = TaskState.InProgress, To = TaskState.InProgress });
            }, CancellationToken.None);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    })).ToList();
    if (during is not null)
        writers.Add(during(stop.Token));
    await Task.WhenAll(writers);
    return [.. latencies];
}

static double Percentile(List<double> values, double p)
{
    values.Sort();
    return values[Math.Clamp((int)Math.Ceiling(p / 100 * values.Count) - 1, 0, values.Count - 1)];
}

static void Report(string what, List<double> latencies) =>
    Console.WriteLine($"{what}: {latencies.Count} acknowledged, p50 {Percentile(latencies, 50):F1} ms, p99 {Percentile(latencies, 99):F1} ms, max {latencies.Max():F1} ms");
