using Microsoft.Extensions.Options;
using NorthPool.Commands;
using NorthPool.Members;
using NorthPool.Pools;
using NorthPool.Reports;
using NorthPool.Tasks;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Reports;

// A seeded store and the report pieces, at a fixed instant: 2026-11-24 10:00 Asia/Shanghai.
public sealed class ReportFixture : IDisposable
{
    public static readonly DateTimeOffset At = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8));
    public static readonly Member Zhang = new("29:user-zhang", "张伟");

    public ReportFixture(ReportOptions? options = null)
    {
        Store = TestStore.CreateSeeded();
        Options = options ?? new ReportOptions();
        var catalog = Catalog.Load(Catalog.DefaultPath);
        var wrapped = Microsoft.Extensions.Options.Options.Create(Options);
        Builder = new ProgressReportBuilder(Store.Db, Store.Tasks, catalog, Store.Calendar, new NoCrmFigureSource(wrapped), wrapped);
        Sections = new ReportSections(new ReportFormat(new PoolNames(catalog)));
        Layout = new ReportTextLayout(Sections);
        Card = new ProgressReportCard(Sections);
    }

    public TestStore Store { get; }
    public ReportOptions Options { get; }
    public ProgressReportBuilder Builder { get; }
    public ReportSections Sections { get; }
    public ReportTextLayout Layout { get; }
    public ProgressReportCard Card { get; }

    public async Task MoveAsync(string id, TaskTrigger trigger, DateTimeOffset at, string? reason = null, int? progress = null) =>
        Assert.IsType<TransitionResult.Applied>(await Store.Tasks.ApplyAsync(new TaskMove(id, trigger, Zhang, at, reason, progress), default));

    public Task SetAsync(string id, Func<TaskInstance, TaskInstance> change) =>
        Store.Writer.WriteAsync(() => Store.Tasks.Update(change(Store.Tasks.Find(id)!)), default);

    public void Dispose() => Store.Dispose();
}
