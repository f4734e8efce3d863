using NorthPool.Board;
using NorthPool.Reports;
using NorthPool.Tasks;

namespace NorthPool.Tests.Board;

public sealed class BoardColumnsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);

    private static TaskInstance Task(TaskState state, DateTimeOffset? due = null) => new() { Id = "BD-001-2026W48", State = state, DueAt = due ?? Now.AddDays(2) };

    [Theory]
    [InlineData(TaskState.Pooled, BoardColumn.Todo)]
    [InlineData(TaskState.InProgress, BoardColumn.InProgress)]
    [InlineData(TaskState.Paused, BoardColumn.FollowUp)]
    [InlineData(TaskState.Done, BoardColumn.Done)]
    public void EachStateHasItsColumn(TaskState state, BoardColumn column) => Assert.Equal(column, BoardColumns.Of(Task(state), Now));

    [Fact]
    public void AnOverdueOpenTaskIsAnExceptionACancelledOneIsNotShownAndALateDoneOneIsDone()
    {
        Assert.Equal(BoardColumn.Exception, BoardColumns.Of(Task(TaskState.InProgress, Now.AddMinutes(-1)), Now));
        Assert.Equal(BoardColumn.Exception, BoardColumns.Of(Task(TaskState.Pooled) with { OverdueSince = Now.AddDays(-1) }, Now));
        Assert.Null(BoardColumns.Of(Task(TaskState.Cancelled), Now));
        Assert.Equal(BoardColumn.Done, BoardColumns.Of(Task(TaskState.Done, Now.AddDays(-3)), Now));
    }

    [Fact]
    public void ATroubleWarningPutsATaskIn异常AndADueCustomerStepPutsAWorkedOneIn客户跟进()
    {
        static BoardSignals Warned(WarningRule rule) => new(
            new Dictionary<string, ReportWarning> { ["BD-001-2026W48"] = new(rule, "BD-001-2026W48", "t", "BD", 50, 48) }, new Dictionary<string, DateOnly>());
        var stepDue = new BoardSignals(new Dictionary<string, ReportWarning>(), new Dictionary<string, DateOnly> { ["BD-001-2026W48"] = new(2026, 11, 24) });

        Assert.Equal(BoardColumn.Exception, BoardColumns.Of(Task(TaskState.InProgress), Now, Warned(WarningRule.Untouched)));
        Assert.Equal(BoardColumn.Exception, BoardColumns.Of(Task(TaskState.Paused), Now, Warned(WarningRule.PausedTooLong)));
        Assert.Equal(BoardColumn.Exception, BoardColumns.Of(Task(TaskState.Pooled), Now, Warned(WarningRule.Unclaimed)));
        Assert.Equal(BoardColumn.FollowUp, BoardColumns.Of(Task(TaskState.InProgress), Now, stepDue));
        Assert.Equal(BoardColumn.Todo, BoardColumns.Of(Task(TaskState.Pooled), Now, stepDue));
        Assert.False(BoardSignals.IsTrouble(WarningRule.DueSoon));
        Assert.False(BoardSignals.IsTrouble(WarningRule.PoolBelowMinimum));
    }

    [Fact]
    public void ADragIsTheCommandThatMakesThatMoveAndNoneWhereNoSingleMoveDoes()
    {
        Assert.Equal("claim BD-001-2026W48", BoardColumns.Command(Task(TaskState.Pooled), BoardColumn.InProgress, null));
        Assert.Equal("resume BD-001-2026W48", BoardColumns.Command(Task(TaskState.Paused), BoardColumn.InProgress, null));
        Assert.Equal("pause BD-001-2026W48 等待客户反馈", BoardColumns.Command(Task(TaskState.InProgress), BoardColumn.FollowUp, "等待客户反馈"));
        Assert.Equal("release BD-001-2026W48", BoardColumns.Command(Task(TaskState.InProgress), BoardColumn.Todo, null));
        Assert.Equal("finish BD-001-2026W48", BoardColumns.Command(Task(TaskState.Paused), BoardColumn.Done, null));
        Assert.Null(BoardColumns.Command(Task(TaskState.InProgress), BoardColumn.Exception, null));
        Assert.Null(BoardColumns.Command(Task(TaskState.Pooled), BoardColumn.FollowUp, "x"));
        Assert.Null(BoardColumns.Command(Task(TaskState.Done), BoardColumn.InProgress, null));
    }
}
