// Times ProgressReportBuilder.Build on a LiteDB file holding 10,000 task instances and 100,000 history rows
// (a year of a busy team: ~600 open, the rest done or cancelled). Stopwatch harness:
//   dotnet bench/NorthPool.ReportBench/bin/Release/net10.0/NorthPool.ReportBench.dll [tasks] [history] [runs]
using System.Diagnostics;
using Microsoft.Extensions.Options;
using NorthPool.Pools;
using NorthPool.Reports;
using NorthPool.Storage;
using NorthPool.Tasks;

var taskCount = args.Length > 0 ? int.Parse(args[0]) : 10_000;
var historyCount = args.Length > 1 ? int.Parse(args[1]) : 100_000;
var runs = args.Length > 2 ? int.Parse(args[2]) : 50;

var path = Path.Combine(Path.GetTempPath(), $"northpool-reportbench-{Guid.NewGuid():N}", "bench.db");
var storage = Options.Create(new StorageOptions { DatabasePath = path });
using var db = new NorthPoolDb(storage, [.. TaskCollections.All, .. PoolCollections.All]);
using var writer = new StoreWriter(db, storage);
var catalog = Catalog.Load(Catalog.DefaultPath);
var now = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8));
var random = new Random(42);

var fill = Stopwatch.StartNew();
var tasks = Enumerable.Range(0, taskCount).Select(i =>
{
    var template = catalog.Templates[i % catalog.Templates.Count];
    var created = now.AddMinutes(-random.Next(0, 365 * 24 * 60));
    var roll = random.NextDouble();
    var state = roll < 0.03 ? TaskState.Pooled : roll < 0.05 ? TaskState.InProgress : roll < 0.06 ? TaskState.Paused : roll < 0.97 ? TaskState.Done : TaskState.Cancelled;
    return new TaskInstance
    {
        Id = $"{template.Id}-{i:D5}", TemplateId = template.Id, Pool = template.Pool, Title = template.Name, State = state,
        Priority = (Priority)random.Next(0, 4), OwnerId = state == TaskState.Pooled ? null : $"29:user-{i % 40}", OwnerName = $"成员{i % 40}",
        Progress = random.Next(0, 101), ProgressNote = "本周拜访8家，完成6家", DueAt = random.NextDouble() < 0.3 ? now.AddDays(random.Next(-5, 20)) : null,
        CreatedAt = created, UpdatedAt = created.AddHours(random.Next(1, 200)), StateSince = created.AddHours(random.Next(1, 200)),
    };
}).ToList();
await writer.WriteAsync(() => db.Tasks.InsertBulk(tasks), default);
var history = Enumerable.Range(0, historyCount).Select(i =>
{
    var task = tasks[random.Next(tasks.Count)];
    var at = now.AddMinutes(-random.Next(0, 365 * 24 * 60));
    var to = random.NextDouble() < 0.2 ? TaskState.Done : TaskState.InProgress;
    return new AuditEntry { TaskId = task.Id, At = at, ActorId = task.OwnerId ?? "29:user-0", ActorName = task.OwnerName, Trigger = to == TaskState.Done ? TaskTrigger.Finish : TaskTrigger.Progress, From = TaskState.InProgress, To = to };
}).ToList();
await writer.WriteAsync(() => db.Audit.InsertBulk(history), default);
Console.WriteLine($"filled {db.Tasks.Count()} tasks and {db.Audit.Count()} history rows in {fill.Elapsed.TotalSeconds:F1} s ({new FileInfo(path).Length / 1024 / 1024} MB)");

var options = Options.Create(new ReportOptions());
var builder = new ProgressReportBuilder(db, new TaskStore(db, writer, new TaskChangeFeed()), catalog, new NorthPool.Pools.PeriodCalendar(options), new NoCrmFigureSource(options), options);
var first = Stopwatch.StartNew();
var report = builder.Build(now, previous: null);
Console.WriteLine($"first build (cold): {first.Elapsed.TotalMilliseconds:F1} ms; in flight {report.InFlight.Total.Value}, done today {report.Completion.DoneToday.Value}, warnings {report.Warnings.Items.Count}");

var samples = new List<double>();
for (var i = 0; i < runs; i++)
{
    var watch = Stopwatch.StartNew();
    report = builder.Build(now.AddMinutes(i), report.Snapshot());
    samples.Add(watch.Elapsed.TotalMilliseconds);
}
samples.Sort();
double P(double q) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(q * samples.Count) - 1)];
Console.WriteLine($"build over {runs} runs: p50 {P(0.5):F1} ms, p95 {P(0.95):F1} ms, max {samples[^1]:F1} ms");
Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
