// Times the morning pool refresh (InstanceOpener.Open as one unit of work on the single writer, commit included) on
// a LiteDB file holding N open instances, M closed ones and A audit rows (StoreFill), at 06:00 Asia/Shanghai on R
// successive days, then R refreshes later on the last day (nothing to do: the start-up / idempotent case), and the
// 06:00 digest selection (open read + DigestSelection, no sending) after each day's refresh. Stopwatch harness:
//   dotnet bench/NorthPool.RefreshBench/bin/Release/net10.0/NorthPool.RefreshBench.dll [open] [closed] [audit] [runs]
using System.Diagnostics;
using Microsoft.Extensions.Options;
using NorthPool.Pools;
using NorthPool.Proactive;
using NorthPool.RefreshBench;
using NorthPool.Rhythm;
using NorthPool.Storage;
using NorthPool.Tasks;

var openCount = args.Length > 0 ? int.Parse(args[0]) : 5_000;
var closedCount = args.Length > 1 ? int.Parse(args[1]) : 50_000;
var auditCount = args.Length > 2 ? int.Parse(args[2]) : 100_000;
var runs = args.Length > 3 ? int.Parse(args[3]) : 30;

var path = Path.Combine(Path.GetTempPath(), $"northpool-refreshbench-{Guid.NewGuid():N}", "bench.db");
var storage = Options.Create(new StorageOptions { DatabasePath = path });
var db = new NorthPoolDb(storage, [.. TaskCollections.All, .. PoolCollections.All, .. NorthPool.Proactive.ConversationCollections.All, .. NorthPool.Members.MemberCollections.All, .. NorthPool.Rhythm.RhythmSends.Collections]);
var writer = new StoreWriter(db, storage);
var tasks = new TaskStore(db, writer, new TaskChangeFeed());
var catalog = Catalog.Load(Catalog.DefaultPath);
var calendar = new PeriodCalendar(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
var lastDay = new DateOnly(2026, 11, 29); // a Sunday: the first timed refresh is Monday 2026-11-30 06:00
var ct = CancellationToken.None;

var fill = Stopwatch.StartNew();
var counts = await new StoreFill(db, writer, catalog, calendar, lastDay).FillAsync(openCount, closedCount, auditCount, ct);
Console.WriteLine($"filled in {fill.Elapsed.TotalSeconds:F1} s: {counts.Open} open ({counts.Overdue} overdue, {counts.OverdueUnmarked} of them not yet marked), "
    + $"{counts.Closed} closed, {counts.Audit} audit rows, {db.Recurrences.Count()} recurrences, {catalog.Templates.Count} templates; {Size()}");
Console.WriteLine($"environment: {Environment.ProcessorCount} cores, .NET {Environment.Version}, LiteDB {typeof(LiteDB.LiteDatabase).Assembly.GetName().Version}, Server GC {System.Runtime.GCSettings.IsServerGC}");
Console.WriteLine();

// Ms: WriteAsync to result, the commit included (what the job waits for). UnitMs: Open alone, inside the transaction.
async Task<(double Ms, double UnitMs, OpenResult Result)> Refresh(DateTimeOffset now)
{
    var unitMs = 0.0;
    var watch = Stopwatch.StartNew();
    var result = await writer.WriteAsync(() =>
    {
        var unit = Stopwatch.StartNew();
        var opened = new InstanceOpener(db, tasks, calendar).Open(now);
        unitMs = unit.Elapsed.TotalMilliseconds;
        return opened;
    }, ct);
    return (watch.Elapsed.TotalMilliseconds, unitMs, result);
}

(double Ms, int Members, int Digests, int Key) Digest(DateTimeOffset now)
{
    // MorningDigestRun.RunAsync without delivery: the open read, the 重点 selection, one digest per member.
    var watch = Stopwatch.StartNew();
    var open = tasks.Open();
    var key = DigestSelection.KeyTasks(open, now, calendar);
    var members = open.Select(t => t.OwnerId)
        .Concat(db.Conversations.Find(c => c.Reference.ConversationType == "personal").Select(c => c.Reference.UserId))
        .OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    var digests = members.Select(m => DigestSelection.For(m, open, key, now, calendar)).Count(d => !d.IsEmpty);
    return (watch.Elapsed.TotalMilliseconds, members.Count, digests, key.Count);
}

var days = new List<(DateOnly Day, double Ms, double UnitMs, int Opened, int Marked, int Expired, int OpenAfter)>();
var digestMs = new List<double>();
(int Members, int Digests, int Key) lastDigest = default;
for (var i = 1; i <= runs; i++)
{
    var day = lastDay.AddDays(i);
    var now = calendar.At(day, new TimeOnly(6, 0));
    var (ms, unitMs, result) = await Refresh(now);
    var digest = Digest(now);
    digestMs.Add(digest.Ms);
    lastDigest = (digest.Members, digest.Digests, digest.Key);
    days.Add((day, ms, unitMs, result.Opened.Count, result.MarkedOverdue.Count, result.MarkedOverdue.Count(t => t.State == TaskState.Cancelled), tasks.Open().Count));
}

var idle = new List<double>();
var idleUnit = new List<double>();
var lastMorning = calendar.At(lastDay.AddDays(runs), new TimeOnly(6, 0));
for (var i = 1; i <= runs; i++)
{
    var (ms, unitMs, result) = await Refresh(lastMorning.AddMinutes(5 * i));
    if (result.ChangedAnything)
        throw new InvalidOperationException($"refresh at {lastMorning.AddMinutes(5 * i):u} in the same period changed something");
    idle.Add(ms);
    idleUnit.Add(unitMs);
}

static string Stats(IEnumerable<double> values)
{
    var s = values.Order().ToList();
    if (s.Count == 0)
        return "n/a";
    double P(double q) => s[Math.Min(s.Count - 1, (int)Math.Ceiling(q * s.Count) - 1)];
    return $"p50 {P(0.5),7:F1}  p95 {P(0.95),7:F1}  max {s[^1],7:F1} ms";
}

Console.WriteLine($"{"day (06:00 Asia/Shanghai)",-26} {"refresh ms",10} {"in unit",8} {"opened",7} {"marked",7} {"(expired)",9} {"open after",10} {"digest ms",9}");
for (var i = 0; i < days.Count; i++)
{
    var d = days[i];
    Console.WriteLine($"{d.Day:yyyy-MM-dd ddd}{(i == 0 ? " (first, cold)" : ""),-12} {d.Ms,10:F1} {d.UnitMs,8:F1} {d.Opened,7} {d.Marked,7} {d.Expired,9} {d.OpenAfter,10} {digestMs[i],9:F1}");
}
Console.WriteLine();
Console.WriteLine($"| figure ({counts.Open:N0} open, {counts.Closed:N0} closed, {counts.Audit:N0} audit rows) | value |");
Console.WriteLine("| --- | --- |");
Console.WriteLine($"| first 06:00 refresh (cold process, catch-up: {days[0].Opened} opened, {days[0].Marked} marked) | {days[0].Ms:F1} ms |");
Console.WriteLine($"| 06:00 refresh, days 2–{runs} (new day: {days.Skip(1).Select(d => d.Opened).DefaultIfEmpty().Min()}–{days.Skip(1).Select(d => d.Opened).DefaultIfEmpty().Max()} opened, "
    + $"{days.Skip(1).Select(d => d.Marked).DefaultIfEmpty().Min()}–{days.Skip(1).Select(d => d.Marked).DefaultIfEmpty().Max()} marked) | {Stats(days.Skip(1).Select(d => d.Ms))} |");
Console.WriteLine($"| same, Open alone inside the transaction (commit excluded) | {Stats(days.Skip(1).Select(d => d.UnitMs))} |");
Console.WriteLine($"| refresh in the same period, nothing to do ({runs} runs) | {Stats(idle)} |");
Console.WriteLine($"| same, Open alone inside the transaction | {Stats(idleUnit)} |");
Console.WriteLine($"| 06:00 digest selection, no sending (first {digestMs[0]:F1} ms; {lastDigest.Members} members, {lastDigest.Digests} digests, {lastDigest.Key} key tasks on the last day) | {Stats(digestMs.Skip(1))} |");
Console.WriteLine($"| store after the runs | {Size()} |");

writer.Dispose();
db.Dispose();
Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);

string Size()
{
    var log = Path.ChangeExtension(path, null) + "-log.db";
    var logSize = File.Exists(log) ? new FileInfo(log).Length : 0;
    return $"{new FileInfo(path).Length / 1024.0 / 1024:F1} MB file" + (logSize > 0 ? $" + {logSize / 1024.0 / 1024:F1} MB log" : "");
}
