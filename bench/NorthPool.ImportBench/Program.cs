// Times 导入 客户 of an .xlsx of 5,000 customers on a LiteDB file that already holds 100,000 CRM rows (CrmRows): the
// read of the workbook, the dry run (duplicates against every customer on file and within the file) and the confirmed
// import (every customer and its audit row in one unit of work, fsynced). Each run imports a fresh file into the
// growing store. Stopwatch harness:
//   dotnet bench/NorthPool.ImportBench/bin/Release/net10.0/NorthPool.ImportBench.dll [customers] [runs] [crm rows]
using System.Diagnostics;
using Microsoft.Extensions.Options;
using MiniExcelLibs;
using NorthPool.Crm;
using NorthPool.Imports;
using NorthPool.Localization;
using NorthPool.Pools;
using NorthPool.Storage;
using NorthPool.Tasks;

var customers = args.Length > 0 ? int.Parse(args[0]) : 5_000;
var runs = args.Length > 1 ? int.Parse(args[1]) : 5;
var crmRows = args.Length > 2 ? int.Parse(args[2]) : 100_000;

var path = Path.Combine(Path.GetTempPath(), $"northpool-importbench-{Guid.NewGuid():N}", "bench.db");
var storage = Options.Create(new StorageOptions { DatabasePath = path });
using var db = new NorthPoolDb(storage, [.. TaskCollections.All, .. PoolCollections.All, .. CrmCollections.All]);
using var writer = new StoreWriter(db, storage);
var now = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8));
await writer.WriteAsync(() => { CrmRows.Fill(db, crmRows, now, new Random(42)); return true; }, default);
Console.WriteLine($"store holds {db.Customers.Count()} customers and {crmRows} CRM rows in all");

var directory = new CustomerDirectory(db);
var import = new CustomerImport(directory, new CustomerStore(db, writer, directory, new CrmChangeLog(db, writer, new CrmChangeFeed())), TimeProvider.System);
var admin = new NorthPool.Members.Member("29:user-admin", "管理员", IsAdmin: true);
string[] industries = ["通信", "能源", "石化", "其他"];
string[] levels = ["集团", "省级", "地市"];
var (reads, checks, commits) = (new List<double>(), new List<double>(), new List<double>());
for (var run = 0; run < runs; run++)
{
    using var file = new MemoryStream();
    file.SaveAs(Enumerable.Range(0, customers).Select(i => new Dictionary<string, object>
    {
        ["名称"] = $"导入客户{run}-{i:D5}有限公司", ["别名"] = $"导入{run}-{i:D5}", ["行业"] = industries[i % 4], ["级别"] = levels[i % 3],
        ["区域"] = "华南", ["状态"] = "潜在", ["重点客户"] = i % 10 == 0 ? "是" : "",
    }));
    var bytes = file.ToArray();

    var watch = Stopwatch.StartNew();
    var table = ImportTable.Read(bytes, ImportFileKind.Xlsx, 20_000)!;
    reads.Add(watch.Elapsed.TotalMilliseconds);
    watch.Restart();
    var preview = import.Check(table, admin, Language.ZhCn);
    checks.Add(watch.Elapsed.TotalMilliseconds);
    watch.Restart();
    var outcome = await import.CommitAsync(preview, admin, $"bench-{run}", default);
    commits.Add(watch.Elapsed.TotalMilliseconds);
    Console.WriteLine($"run {run + 1}: {bytes.Length / 1024} KB, {table.Rows.Count} rows → {preview.New} new; read {reads[^1]:F0} ms, dry run {checks[^1]:F0} ms, import {commits[^1]:F0} ms ({outcome.Imported} imported)");
}
reads.Sort();
checks.Sort();
commits.Sort();
Console.WriteLine($"median of {runs}: read {reads[runs / 2]:F0} ms, dry run {checks[runs / 2]:F0} ms, import {commits[runs / 2]:F0} ms; store now {db.Customers.Count()} customers");
Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
