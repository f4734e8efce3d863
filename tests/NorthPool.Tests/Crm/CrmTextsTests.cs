using NorthPool.Crm;
using NorthPool.Localization;

namespace NorthPool.Tests.Crm;

public class CrmTextsTests
{
    [Theory]
    [InlineData(Language.ZhCn)]
    [InlineData(Language.EnUs)]
    public void EveryCrmTextExistsInEveryLanguage(Language language) =>
        Assert.DoesNotContain(Enum.GetValues<CrmText>(), id => !CrmTexts.For(language).ContainsKey(id));

    [Fact]
    public void BothLanguagesUseTheSamePlaceholders()
    {
        foreach (var id in Enum.GetValues<CrmText>())
            Assert.Equal(Placeholders(CrmTexts.For(Language.ZhCn)[id]), Placeholders(CrmTexts.For(Language.EnUs)[id]));
    }

    [Fact]
    public void QuotedNamesKeepTheirSpaces() =>
        Assert.Equal(["new", "Guangdong Mobile", "telecom", "广东 移动"], CrmArgs.Words("new \"Guangdong Mobile\" telecom “广东 移动”"));

    private static string[] Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, "\\{\\d+\\}").Select(m => m.Value).Distinct().Order().ToArray();
}
