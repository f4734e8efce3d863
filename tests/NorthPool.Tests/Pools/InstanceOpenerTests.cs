using NorthPool.Pools;
using NorthPool.Tasks;
using NorthPool.Tests.Support;
using static NorthPool.Tests.Support.People;

namespace NorthPool.Tests.Pools;

public class InstanceOpenerTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Fact]
    public void OpeningTwiceInOnePeriodOpensNothingTheSecondTime()
    {
        using var store = TestStore.CreateSeeded();
        var before = store.Db.Tasks.Count();

        store.Time.Advance(TimeSpan.FromHours(3));
        var second = store.OpenPeriod();

        Assert.Empty(second.Opened);
        Assert.Equal(before, store.Db.Tasks.Count());
    }

    [Fact]
    public void EachPeriodicInstanceIsDueAtTheLastSecondOfItsPeriodAndCarriesItsQuota()
    {
        using var store = TestStore.CreateSeeded();

        var weekly = store.Tasks.Find("BD-001-2026W48")!;
        var daily = store.Tasks.Find("OP-001-20261124")!;
        var quarterly = store.Tasks.Find("BD-003-2026Q4")!;

        Assert.Equal((new DateTimeOffset(2026, 11, 29, 23, 59, 59, China), "0/3 家"), (weekly.DueAt, weekly.Quota?.ToString()));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 23, 59, 59, China), daily.DueAt);
        Assert.Equal((new DateTimeOffset(2026, 12, 31, 23, 59, 59, China), (QuotaTally?)null), (quarterly.DueAt, quarterly.Quota));
        Assert.Null(store.Tasks.Find("BD-004#1")!.DueAt);
    }

    [Fact]
    public async Task AnOwnedInstanceLeftOpenAtThePeriodsEndIsMarkedOverdueOnceAndStaysWithItsOwner()
    {
        using var store = TestStore.CreateSeeded();
        await store.Tasks.ApplyAsync(new TaskMove("OP-001-20261124", TaskTrigger.Claim, Zhang, TestStore.Start), default);

        store.Time.SetUtcNow(new DateTimeOffset(2026, 11, 25, 0, 0, 5, China));
        var first = store.OpenPeriod();
        store.Time.Advance(TimeSpan.FromHours(6));
        var second = store.OpenPeriod();

        var old = store.Tasks.Find("OP-001-20261124")!;
        Assert.Equal((TaskState.InProgress, Zhang.Id), (old.State, old.OwnerId));
        Assert.True(old.IsOverdue(store.Time.GetUtcNow()));
        Assert.Contains(first.MarkedOverdue, t => t.Id == old.Id);
        Assert.DoesNotContain(second.MarkedOverdue, t => t.Id == old.Id);
        Assert.Single(store.Tasks.History(old.Id, 10), a => a.Trigger == TaskTrigger.Overdue);
        Assert.Contains(first.Opened, t => t.Id == "OP-001-20261125");
    }

    [Fact]
    public void AnUnclaimedInstanceIsClosedWhenItsPeriodEndsAndTheNextOneTakesItsPlace()
    {
        using var store = TestStore.CreateSeeded();

        store.Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 0, 0, 5, China));
        store.OpenPeriod();

        var expired = store.Tasks.Find("BD-001-2026W48")!;
        Assert.Equal(TaskState.Cancelled, expired.State);
        Assert.Equal(TaskTrigger.Expire, store.Tasks.History(expired.Id, 1)[0].Trigger);
        Assert.Equal(["BD-001-2026W49"], store.Tasks.OpenOf("BD-001").Select(t => t.Id));
    }

    [Fact]
    public void PeriodsThatPassedWhileTheBotWasDownAreNotBackFilledButNamedOnTheNextInstance()
    {
        using var store = TestStore.CreateSeeded();

        store.Time.SetUtcNow(new DateTimeOffset(2026, 12, 15, 9, 0, 0, China));
        store.OpenPeriod();

        Assert.Null(store.Tasks.Find("BD-001-2026W49"));
        var current = store.Tasks.Find("BD-001-2026W51")!;
        Assert.Equal(["2026W49", "2026W50"], current.MissedPeriods);
        Assert.Equal(["BD-001-2026W51"], store.Tasks.OpenOf("BD-001").Select(t => t.Id));
        Assert.Null(store.Tasks.Find("PD-001-2026M12")!.MissedPeriods);
    }

    [Fact]
    public async Task AFinishedContinuousInstanceIsFollowedByANewOneAtTheNextRefresh()
    {
        using var store = TestStore.CreateSeeded();
        await store.Tasks.ApplyAsync(new TaskMove("BD-004#1", TaskTrigger.Claim, Zhang, TestStore.Start), default);
        await store.Tasks.ApplyAsync(new TaskMove("BD-004#1", TaskTrigger.Finish, Zhang, TestStore.Start), default);

        var result = store.OpenPeriod();

        Assert.Equal(["BD-004#2"], result.Opened.Select(t => t.Id));
        Assert.Null(store.Tasks.Find("BD-004#2")!.DueAt);
    }

    [Fact]
    public void OnDemandTemplatesGetNoInstanceByThemselves()
    {
        using var store = TestStore.CreateSeeded();

        store.Time.Advance(TimeSpan.FromDays(40));
        store.OpenPeriod();

        Assert.Empty(store.Db.Tasks.Find(t => t.TemplateId == "OP-032" || t.TemplateId == "CS-002" || t.TemplateId == "CS-011" || t.TemplateId == "EC-022"));
    }

    // The figure: over a simulated year, refreshed at every midnight and 06:00, each template gets exactly one
    // instance per period of its cadence, and none for on-demand ones.
    [Fact]
    public void AYearOfRefreshesOpensOneInstancePerPeriodPerTemplate()
    {
        using var store = TestStore.CreateSeeded(at: new DateTimeOffset(2027, 1, 1, 0, 0, 1, China));
        for (var day = 0; day < 365; day++)
        {
            foreach (var hour in new[] { 0, 6 })
            {
                store.Time.SetUtcNow(new DateTimeOffset(2027, 1, 1, hour, 0, 1, China).AddDays(day));
                store.OpenPeriod();
            }
        }

        var counts = store.All().GroupBy(t => t.Cadence).ToDictionary(g => g.Key!.Value, g => g.Count());
        var templates = NorthPool.Pools.Catalog.Load(NorthPool.Pools.Catalog.DefaultPath).Templates.GroupBy(t => t.Frequency.Period).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(templates[Cadence.Day] * 365, counts[Cadence.Day]);
        Assert.Equal(templates[Cadence.Week] * 53, counts[Cadence.Week]);
        Assert.Equal(templates[Cadence.Month] * 12, counts[Cadence.Month]);
        Assert.Equal(templates[Cadence.Quarter] * 4, counts[Cadence.Quarter]);
        Assert.Equal(templates[Cadence.HalfYear] * 2, counts[Cadence.HalfYear]);
        Assert.Equal(templates[Cadence.Year], counts[Cadence.Year]);
        Assert.Equal(templates[Cadence.Continuous], counts[Cadence.Continuous]);
        Assert.False(counts.ContainsKey(Cadence.OnDemand));
    }
}
