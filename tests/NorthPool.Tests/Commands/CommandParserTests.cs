using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Commands;

public class CommandParserTests
{
    [Theory]
    [InlineData("认领 BD-001", "claim", "BD-001", Language.ZhCn)]
    [InlineData("/claim BD-001", "claim", "BD-001", Language.EnUs)]
    [InlineData("／认领 ＢＤ－００１", "claim", "BD-001", Language.ZhCn)]
    [InlineData("  CLAIM    bd-1  ", "claim", "bd-1", Language.EnUs)]
    [InlineData("认领BD-001", "claim", "BD-001", Language.ZhCn)]
    [InlineData("继续 BD-001", "resume", "BD-001", Language.ZhCn)]
    [InlineData("暂停 BD-001 等待客户 反馈", "pause", "BD-001 等待客户 反馈", Language.ZhCn)]
    [InlineData("进度 BD-001 ６０％ 已拜访", "progress", "BD-001 60% 已拜访", Language.ZhCn)]
    [InlineData("列表 BD", "list", "BD", Language.ZhCn)]
    [InlineData("任务", "list", "", Language.ZhCn)]
    [InlineData("mine", "mine", "", Language.EnUs)]
    [InlineData("lang en", "lang", "en", Language.EnUs)]
    public void KnownVerbsParseInEitherLanguage(string text, string verb, string args, Language language)
    {
        var parsed = Assert.IsType<ParseResult.Parsed>(TestVerbs.Parser.Parse(text));

        Assert.Equal((verb, args, language), (parsed.Verb.Spec.Name, parsed.Args, parsed.Language));
    }

    [Theory]
    [InlineData("clam BD-001", "clam", "claim")]
    [InlineData("/finsh BD-001", "finsh", "finish")]
    [InlineData("relaese BD-001", "relaese", "release")]
    [InlineData("rep", "rep", "report")]
    [InlineData("REP text", "REP", "report")]
    [InlineData("认岭 BD-001", "认岭", "认领")]
    [InlineData("认岭BD-001", "认岭", "认领")]
    [InlineData("暂挺 BD-001 x", "暂挺", "暂停")]
    [InlineData("已完成 BD-001", "已完成", "完成")]
    public void AnUnknownVerbNearAKnownOneComesWithThatVerb(string text, string typed, string suggestion)
    {
        var unknown = Assert.IsType<ParseResult.UnknownVerb>(TestVerbs.Parser.Parse(text));

        Assert.Equal((typed, suggestion), (unknown.Typed, unknown.Suggestion?.Word));
    }

    [Theory]
    [InlineData("存档 数据库", "存档")]
    [InlineData("归档 CS-012", "归档")]
    [InlineData("日程", "日程")]
    [InlineData("看板", "看板")]
    [InlineData("认 BD-001", "认")]
    [InlineData("xyz BD-001", "xyz")]
    [InlineData("re", "re")]
    [InlineData("BD-001", "BD-001")]
    public void AnUnknownWordFarFromEveryVerbComesWithoutASuggestion(string text, string typed)
    {
        var unknown = Assert.IsType<ParseResult.UnknownVerb>(TestVerbs.Parser.Parse(text));

        Assert.Equal((typed, null), (unknown.Typed, unknown.Suggestion?.Word));
    }

    [Fact]
    public void TextOverTwoThousandCharactersIsRefused()
    {
        var tooLong = Assert.IsType<ParseResult.TooLong>(TestVerbs.Parser.Parse("认领 " + new string('x', 2000)));

        Assert.Equal(2003, tooLong.Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/")]
    public void BlankTextIsEmpty(string text) => Assert.IsType<ParseResult.Empty>(TestVerbs.Parser.Parse(text));
}
