using NorthPool.Commands;

namespace NorthPool.Tests.Commands;

public class TaskReferenceTests
{
    [Theory]
    [InlineData("BD-001", "BD-001", "")]
    [InlineData("bd-1", "BD-001", "")]
    [InlineData("BD1", "BD-001", "")]
    [InlineData("bd 10 等待反馈", "BD-010", "等待反馈")]
    [InlineData("pd-030 60% 已完成评审", "PD-030", "60% 已完成评审")]
    [InlineData("省级电网", "省级电网", "")]
    [InlineData("NRT-Chat迭代 原因", "NRT-Chat迭代", "原因")]
    public void IdsAreCanonicalisedAndTheRestIsKept(string args, string reference, string rest)
    {
        var (actualReference, actualRest) = TaskReference.Split(args);

        Assert.Equal((reference, rest), (actualReference, actualRest));
    }
}
