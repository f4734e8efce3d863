// Times ProgressReportBuilder.Build, the CRM's figures included, on a LiteDB file holding 10,000 task instances,
// 100,000 history rows (a year of a busy team: ~600 open, the rest done or cancelled) and 100,000 CRM rows
// (CrmRows). Stopwatch harness:
//   dotnet bench/NorthPool.ReportBench/bin/Release/net10.0/NorthPool.ReportBench.dll [tasks] [history] [runs] [crm rows]
using System.Diagnostics;
using Microsoft.Extensions.Options;
using NorthPool.Crm;
using NorthPool.Pools;
using NorthPool.Reports;
using NorthPool.Storage;
using NorthPool.Tasks;

var taskCount = args.Length > 0 ? int.Parse(args[0]) : 10_000;
var historyCount = args.Length > 1 ? int.Parse(args[1]) : 100_000;
var runs = args.Length > 2 ? int.Parse(args[2]) : 50;
var crmRows = args.Length > 3 ? int.Parse(args[3]) : 100_000;

var path = Path.Combine(Path.GetTempPath(), $"northpool-reportbench-{Guid.NewGuid():N}", "bench.db");
var storage = Options.Create(new StorageOptions { DatabasePath = path });
using var db = new NorthPoolDb(storage, [.. TaskCollections.All, .. PoolCollections.All, .. CrmCollections.All]);
using var writer = new StoreWriter(db, storage);
var catalog = Catalog.Load(Catalog.DefaultPath);
var now = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8));
var random = new Random(42);

var fill = Stopwatch.StartNew();
await AgedFill.FillAsync(db, writer, catalog, now, taskCount, historyCount, crmRows, random);
var crmCount = new[] { "customers", "contacts", "visits", "opportunities", "contracts", "receipts", "receivables", "tickets", "partners" }
    .Sum(name => db.Database.GetCollection(name).Count());
Console.WriteLine($"filled {db.Tasks.Count()} tasks, {db.Audit.Count()} history rows and {crmCount} CRM rows in {fill.Elapsed.TotalSeconds:F1} s ({new FileInfo(path).Length / 1024 / 1024} MB)");

var options = Options.Create(new ReportOptions());
var taskStore = new TaskStore(db, writer, new TaskChangeFeed());
var rules = CrmQuotaRules.Load(CrmQuotaRules.DefaultPath, catalog);
var changes = new CrmChangeLog(db, writer, new CrmChangeFeed());
var quotas = new QuotaCounter(db, taskStore, catalog);
var directory = new CustomerDirectory(db);
var opportunities = new OpportunityStore(db, writer, rules, quotas, changes);
var contracts = new ContractStore(db, writer, directory, changes, TimeProvider.System);
var crm = new CrmFigureSource(db, new CustomerStore(db, writer, directory, changes), new VisitStore(db, writer, rules, quotas, changes), opportunities,
    new TicketStore(db, writer, rules, quotas, changes), new PartnerStore(db, writer, rules, quotas, changes), contracts,
    new TargetProgress(db, opportunities, contracts, AnnualTargets.Load(Catalog.DefaultPath, db)), options);
var builder = new ProgressReportBuilder(db, taskStore, catalog, new NorthPool.Pools.PeriodCalendar(options), crm, options);
var first = Stopwatch.StartNew();
var report = builder.Build(now, previous: null);
Console.WriteLine($"first build (cold): {first.Elapsed.TotalMilliseconds:F1} ms; in flight {report.InFlight.Total.Value}, done today {report.Completion.DoneToday.Value}, warnings {report.Warnings.Items.Count}, CRM warnings {report.Crm.Alerts.Count}, month done {report.Crm.Sales?.MonthDone:F0}万");

var samples = new List<double>();
for (var i = 0; i < runs; i++)
{
    var watch = Stopwatch.StartNew();
    report = builder.Build(now.AddMinutes(i), report.Snapshot());
    samples.Add(watch.Elapsed.TotalMilliseconds);
}
samples.Sort();
double P(double q) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(q * samples.Count) - 1)];
Console.WriteLine($"build over {runs} runs: p50 {P(0.5):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms, max {samples[^1]:F1} ms");
Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
