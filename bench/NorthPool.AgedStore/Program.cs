// Ages a NorthPool database for the aged-store claim benchmark (bench/claim-aged.sh): the catalog seeded and the pool
// refreshed by the app's own services (AddNorthPool, as the bot starts), with a year of history before the app clock
// written through its single writer: `finished` closed instances of the templates, and `audit` rows on the hot tasks
// (the open instances the claim load drives: every template's current one). The file must not exist yet.
//   dotnet NorthPool.AgedStore.dll <database path> [audit rows on the hot tasks] [finished instances]
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NorthPool.AgedStore;
using NorthPool.CardViews;
using NorthPool.Hosting;
using NorthPool.Pools;
using NorthPool.Storage;
using NorthPool.Tasks;

if (args.Length < 1)
{
    Console.Error.WriteLine("usage: NorthPool.AgedStore <database path> [audit rows on the hot tasks] [finished instances]");
    return 2;
}
var path = Path.GetFullPath(args[0]);
var auditRows = args.Length > 1 ? int.Parse(args[1]) : 100_000;
var finishedCount = args.Length > 2 ? int.Parse(args[2]) : 10_000;
if (File.Exists(path))
{
    Console.Error.WriteLine($"{path} exists; the aged store is made from scratch");
    return 2;
}

var watch = Stopwatch.StartNew();
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Storage:DatabasePath"] = path,
    ["Logging:LogLevel:Default"] = "Warning",
});
builder.AddNorthPool();
await using var app = builder.Build();
var services = app.Services;
var db = services.GetRequiredService<NorthPoolDb>();
var writer = services.GetRequiredService<StoreWriter>();
var clock = new AgingClock(services.GetRequiredService<TimeProvider>().GetUtcNow());
var insert = new BatchInsert(writer);
var ct = CancellationToken.None;
Console.WriteLine($"aging {path}: {auditRows:N0} audit rows on the hot tasks, {finishedCount:N0} finished instances, the year before {clock.Now:u}");

await ActivatorUtilities.CreateInstance<CatalogSeeder>(services).StartAsync(ct);
var finished = new FinishedInstances(services.GetRequiredService<Catalog>(), services.GetRequiredService<PeriodCalendar>(), clock).Make(finishedCount);
await insert.RunAsync("finished instances", db.Tasks, finished.Tasks, ct);
await writer.WriteAsync(() => db.Recurrences.Upsert(finished.Recurrences), ct);

// What the bot does at start-up (PoolStartup): this period's instances open, after the history above.
var opened = await services.GetRequiredService<PoolRefresh>().RunAsync(ct);
var hot = services.GetRequiredService<TaskStore>().Open();
Console.WriteLine($"  pool refreshed: {opened.Opened.Count} instances opened, {hot.Count} open (the hot tasks)");

var (hotAudit, hotTasks) = new HotHistory(clock).Make(hot, auditRows);
var audit = finished.Audit.Concat(hotAudit).OrderBy(a => a.At).ToList();
await insert.RunAsync("audit rows", db.Audit, audit, ct);
await writer.WriteAsync(() => db.Tasks.Update(hotTasks), ct);
await insert.RunAsync("card posts", db.CardPosts, finished.CardPosts, ct);

Console.WriteLine($"aged in {watch.Elapsed.TotalSeconds:F1} s: {db.Tasks.Count():N0} tasks ({hot.Count} open), {db.Audit.Count():N0} audit rows "
    + $"({hotAudit.Count:N0} on the hot tasks, {hotAudit.Count / Math.Max(1, hot.Count):N0} each), {db.CardPosts.Count():N0} card posts");
return 0;
