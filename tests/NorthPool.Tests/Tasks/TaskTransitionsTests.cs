using NorthPool.Tasks;

namespace NorthPool.Tests.Tasks;

public class TaskTransitionsTests
{
    [Theory]
    [InlineData(TaskState.Pooled, TaskTrigger.Claim, TaskState.InProgress)]
    [InlineData(TaskState.InProgress, TaskTrigger.Pause, TaskState.Paused)]
    [InlineData(TaskState.Paused, TaskTrigger.Resume, TaskState.InProgress)]
    [InlineData(TaskState.InProgress, TaskTrigger.Finish, TaskState.Done)]
    [InlineData(TaskState.InProgress, TaskTrigger.Cancel, TaskState.Cancelled)]
    [InlineData(TaskState.Paused, TaskTrigger.Cancel, TaskState.Cancelled)]
    [InlineData(TaskState.InProgress, TaskTrigger.Release, TaskState.Pooled)]
    [InlineData(TaskState.InProgress, TaskTrigger.Progress, TaskState.InProgress)]
    [InlineData(TaskState.Paused, TaskTrigger.Progress, TaskState.Paused)]
    public void ThePlanMovesAreAllowed(TaskState from, TaskTrigger trigger, TaskState to) =>
        Assert.Equal(to, TaskTransitions.NextState(from, trigger));

    [Theory]
    [InlineData(TaskState.Pooled, TaskTrigger.Finish)]
    [InlineData(TaskState.Pooled, TaskTrigger.Pause)]
    [InlineData(TaskState.Paused, TaskTrigger.Finish)]
    [InlineData(TaskState.Paused, TaskTrigger.Release)]
    [InlineData(TaskState.Done, TaskTrigger.Claim)]
    [InlineData(TaskState.Done, TaskTrigger.Resume)]
    [InlineData(TaskState.Cancelled, TaskTrigger.Resume)]
    [InlineData(TaskState.InProgress, TaskTrigger.Claim)]
    public void OtherMovesAreIllegal(TaskState from, TaskTrigger trigger) =>
        Assert.Null(TaskTransitions.NextState(from, trigger));

    [Fact]
    public void ClosedTasksAllowNoMoves()
    {
        Assert.Empty(TaskTransitions.AllowedFrom(TaskState.Done));
        Assert.Empty(TaskTransitions.AllowedFrom(TaskState.Cancelled));
    }

    [Fact]
    public void APausedTaskOffersResumeCancelProgressAndLog() =>
        Assert.Equal([TaskTrigger.Resume, TaskTrigger.Cancel, TaskTrigger.Progress, TaskTrigger.Log], TaskTransitions.AllowedFrom(TaskState.Paused));
}
