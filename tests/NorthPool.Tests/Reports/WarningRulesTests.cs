using NorthPool.Pools;
using NorthPool.Reports;
using NorthPool.Tasks;

namespace NorthPool.Tests.Reports;

// Each rule at its boundary: one side fires, the other does not.
public class WarningRulesTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly WarningOptions Options = new() { DueSoonDays = 3, PausedLongerThanHours = 24, UntouchedForHours = 48, MinInFlight = 2 };

    private static TaskInstance Task(TaskState state = TaskState.InProgress, DateTimeOffset? due = null, DateTimeOffset? since = null, DateTimeOffset? updated = null) => new()
    {
        Id = "BD-003-2026Q4", Title = "运营商集采参与", Pool = "BD", State = state, DueAt = due,
        StateSince = since ?? Now, UpdatedAt = updated ?? Now,
    };

    private static IReadOnlyList<ReportWarning> Evaluate(params TaskInstance[] open) =>
        WarningRules.Evaluate(open.Concat([Task(), Task()]).ToList(), [], Now, Shanghai, Options).Where(w => w.TaskId is not null).ToList();

    [Theory]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void DueWithinThreeDaysWarns(int days, bool warns)
    {
        var warnings = Evaluate(Task(due: Now.AddDays(days)));

        Assert.Equal(warns, warnings.Any(w => w.Rule == WarningRule.DueSoon && w.Value == days));
    }

    [Fact]
    public void DueOneMinuteAgoIsOverdueAndInOneMinuteIsDueSoon()
    {
        Assert.Contains(Evaluate(Task(due: Now.AddMinutes(-1))), w => w.Rule == WarningRule.Overdue);
        Assert.Contains(Evaluate(Task(due: Now.AddMinutes(1))), w => w.Rule == WarningRule.DueSoon && w.Value == 0);
    }

    [Theory]
    [InlineData(24, false)]
    [InlineData(25, true)]
    public void PausedLongerThanTheLimitWarns(int hours, bool warns) =>
        Assert.Equal(warns, Evaluate(Task(TaskState.Paused, since: Now.AddHours(-hours))).Any(w => w.Rule == WarningRule.PausedTooLong));

    [Theory]
    [InlineData(48, false)]
    [InlineData(49, true)]
    public void ClaimedButUntouchedLongerThanTheLimitWarns(int hours, bool warns) =>
        Assert.Equal(warns, Evaluate(Task(updated: Now.AddHours(-hours))).Any(w => w.Rule == WarningRule.Untouched));

    [Theory]
    [InlineData(24, false)]
    [InlineData(25, true)]
    public void AnInstanceNobodyClaimedForLongerThanTheLimitWarns(int hours, bool warns)
    {
        var pooled = Task(TaskState.Pooled) with { CreatedAt = Now.AddHours(-hours) };

        Assert.Equal(warns, Evaluate(pooled).Any(w => w.Rule == WarningRule.Unclaimed && w.Since == pooled.CreatedAt));
    }

    [Theory]
    [InlineData(NorthPool.Pools.Cadence.Day, false)]
    [InlineData(NorthPool.Pools.Cadence.Week, false)]
    [InlineData(NorthPool.Pools.Cadence.Month, true)]
    [InlineData(null, true)]
    public void DueSoonIsForMonthLongOrLongerWorkAndTasksWithTheirOwnDate(NorthPool.Pools.Cadence? cadence, bool warns) =>
        Assert.Equal(warns, Evaluate(Task(due: Now.AddDays(2)) with { Cadence = cadence }).Any(w => w.Rule == WarningRule.DueSoon));

    [Fact]
    public void APausedTaskIsNotUntouchedAndAPooledTaskIsNeither()
    {
        var paused = Evaluate(Task(TaskState.Paused, since: Now, updated: Now.AddDays(-10)));
        var pooled = Evaluate(Task(TaskState.Pooled, since: Now.AddDays(-10), updated: Now.AddDays(-10)));

        Assert.Empty(paused);
        Assert.DoesNotContain(pooled, w => w.Rule is WarningRule.Untouched or WarningRule.PausedTooLong);
    }

    [Fact]
    public void APoolBelowItsMinimumAndTooFewInFlightWarn()
    {
        var pools = new[] { new Pool { Code = "BD", QuotaMin = 2 }, new Pool { Code = "PD", QuotaMin = 0 } };

        var two = WarningRules.Evaluate([Task(), Task()], pools, Now, Shanghai, Options);
        var one = WarningRules.Evaluate([Task()], pools, Now, Shanghai, Options);

        Assert.DoesNotContain(two, w => w.TaskId is null);
        Assert.Contains(one, w => w.Rule == WarningRule.PoolBelowMinimum && w.Pool == "BD" && w.Value == 1 && w.Limit == 2);
        Assert.Contains(one, w => w.Rule == WarningRule.TooFewInFlight && w.Value == 1 && w.Limit == 2);
    }
}
