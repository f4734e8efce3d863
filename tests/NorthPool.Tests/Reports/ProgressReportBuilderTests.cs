using NorthPool.Reports;
using NorthPool.Tasks;

namespace NorthPool.Tests.Reports;

public class ProgressReportBuilderTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public async Task SectionOneCountsOpenTasksInTotalAndPerPool()
    {
        using var f = new ReportFixture();
        await f.MoveAsync("BD-001-2026W48", TaskTrigger.Claim, ReportFixture.At.AddHours(-1));
        await f.MoveAsync("BD-001-2026W48", TaskTrigger.Finish, ReportFixture.At.AddMinutes(-30));
        await f.MoveAsync("PD-001-2026M11", TaskTrigger.Claim, ReportFixture.At.AddHours(-1));
        await f.MoveAsync("PD-001-2026M11", TaskTrigger.Cancel, ReportFixture.At.AddMinutes(-20), reason: "x");

        var report = f.Builder.Build(ReportFixture.At, previous: null);

        Assert.Equal(56, report.InFlight.Total.Value);
        Assert.Equal([14, 14, 10, 9, 9], report.InFlight.Pools.Select(p => p.Count.Value));
        Assert.Equal(["BD", "PD", "CS", "EC", "OP"], report.InFlight.Pools.Select(p => p.Code));
    }

    [Fact]
    public async Task ATaskFinishedAt2359CountsForYesterdayAndOneAt0001ForToday()
    {
        using var f = new ReportFixture();
        await f.MoveAsync("BD-001-2026W48", TaskTrigger.Claim, new DateTimeOffset(2026, 11, 23, 20, 0, 0, China));
        await f.MoveAsync("BD-001-2026W48", TaskTrigger.Finish, new DateTimeOffset(2026, 11, 23, 23, 59, 0, China));
        await f.MoveAsync("BD-002-2026M11", TaskTrigger.Claim, new DateTimeOffset(2026, 11, 23, 20, 0, 0, China));
        await f.MoveAsync("BD-002-2026M11", TaskTrigger.Finish, new DateTimeOffset(2026, 11, 24, 0, 1, 0, China));

        var report = f.Builder.Build(ReportFixture.At, previous: null);

        Assert.Equal(1, report.Completion.DoneToday.Value);
        Assert.Equal(2, report.Completion.DoneTotal.Value);
        Assert.Equal(3.4m, report.Completion.RatePercent.Value);
        Assert.Equal(["BD-002-2026M11"], report.KeyTasks.Where(k => k.Task.State == TaskState.Done).Select(k => k.Task.Id));
    }

    [Fact]
    public void TasksCreatedSinceMidnightInTheReportsZoneAreNewToday()
    {
        using var f = new ReportFixture();

        var sameDay = f.Builder.Build(new DateTimeOffset(2026, 11, 24, 23, 0, 0, China), previous: null);
        var nextDay = f.Builder.Build(new DateTimeOffset(2026, 11, 25, 0, 30, 0, China), previous: null);

        Assert.Equal(58, sameDay.Completion.NewToday.Value);
        Assert.Equal(0, nextDay.Completion.NewToday.Value);
    }

    [Fact]
    public async Task KeyTasksPutP0FirstThenTheNearestDueDateAndStopAtTen()
    {
        using var f = new ReportFixture();
        foreach (var id in new[] { "BD-001-2026W48", "BD-002-2026M11", "BD-003-2026Q4", "BD-004#1", "BD-005-2026H2", "BD-010-2026W48", "BD-011-2026M11", "BD-012-2026W48", "BD-013#1", "BD-014-2026H2", "BD-020-2026M11", "BD-021-2026M11" })
            await f.MoveAsync(id, TaskTrigger.Claim, ReportFixture.At.AddHours(-2));
        await f.SetAsync("BD-021-2026M11", t => t with { Priority = Priority.P0 });
        await f.SetAsync("BD-020-2026M11", t => t with { DueAt = ReportFixture.At.AddDays(2) });

        var report = f.Builder.Build(ReportFixture.At, previous: null);

        Assert.Equal(10, report.KeyTasks.Count);
        Assert.Equal(["BD-021-2026M11", "BD-020-2026M11"], report.KeyTasks.Take(2).Select(k => k.Task.Id));
    }

    [Fact]
    public async Task FiguresShowTheirChangeSinceThePreviousReport()
    {
        using var f = new ReportFixture();
        var first = f.Builder.Build(ReportFixture.At, previous: null);
        await f.MoveAsync("BD-001-2026W48", TaskTrigger.Claim, ReportFixture.At.AddMinutes(10));
        await f.MoveAsync("BD-001-2026W48", TaskTrigger.Finish, ReportFixture.At.AddMinutes(20));

        var second = f.Builder.Build(ReportFixture.At.AddHours(2), first.Snapshot());

        Assert.Null(first.InFlight.Total.Change);
        Assert.Equal(-1, second.InFlight.Total.Change);
        Assert.Equal(1, second.Completion.DoneToday.Change);
        Assert.Equal(-1, second.InFlight.Pools[0].Count.Change);
        Assert.Equal(0, second.InFlight.Pools[1].Count.Change);
        Assert.Equal(0, second.Warnings.Count.Change);
    }

    [Fact]
    public async Task TomorrowListsOpenTasksDueTomorrowInTheReportsZone()
    {
        using var f = new ReportFixture();
        await f.SetAsync("CS-010-2026M11", t => t with { DueAt = new DateTimeOffset(2026, 11, 25, 23, 30, 0, China) });
        await f.SetAsync("CS-012-2026Q4", t => t with { DueAt = new DateTimeOffset(2026, 11, 26, 0, 30, 0, China) });

        var report = f.Builder.Build(ReportFixture.At, previous: null);

        Assert.Equal(["CS-010-2026M11"], report.Tomorrow.Select(t => t.Id));
    }

    [Fact]
    public void WithoutACrmEveryCrmSectionHasNoDataButTheMonthsTarget()
    {
        using var f = new ReportFixture();

        var report = f.Builder.Build(ReportFixture.At, previous: null);

        Assert.Equal((500m, null, null, null, null), (report.Crm.MonthTargetWan, report.Crm.Sales, report.Crm.Customers, report.Crm.Product, report.Crm.Partners));
    }
}
