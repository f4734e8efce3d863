using NorthPool.Commands;

namespace NorthPool.Tests.Commands;

public class CommandTextTests
{
    [Theory]
    [InlineData("／认领　ＢＤ－００１", "/认领 BD-001")]
    [InlineData("  claim   BD—001  ", "claim BD-001")]
    [InlineData("进度 BD-001 ６０％ 已拜访", "进度 BD-001 60% 已拜访")]
    public void CommandsAreFoldedToHalfWidthWithSingleSpaces(string typed, string normalized) =>
        Assert.Equal(normalized, CommandText.From(typed).Normalized);

    [Fact]
    public void FreeTextIsGivenBackAsTyped()
    {
        var text = CommandText.From("进度 ＢＤ－００１ ６０％ 本周拜访８家，完成６家！");

        Assert.Equal("本周拜访８家，完成６家！", text.Original("本周拜访8家,完成6家!"));
        Assert.Equal("６０％ 本周拜访８家，完成６家！", text.Original("60% 本周拜访8家,完成6家!"));
    }

    [Fact]
    public void ASuffixThatIsNotWholeWordsIsReturnedUnchanged() =>
        Assert.Equal("家", CommandText.From("暂停 BD-001 等待客户反馈 一家").Original("家"));
}
