using System.Text.RegularExpressions;
using NorthPool.Localization;

namespace NorthPool.Tests.Localization;

public class TextsTests
{
    public static TheoryData<Language> Languages => new() { Language.ZhCn, Language.EnUs };

    [Theory]
    [MemberData(nameof(Languages))]
    public void EveryTextExistsInEveryLanguage(Language language)
    {
        var missing = Enum.GetValues<TextId>().Where(id => !Texts.For(language).ContainsKey(id)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void BothLanguagesUseTheSamePlaceholders()
    {
        foreach (var id in Enum.GetValues<TextId>())
        {
            Assert.Equal(Placeholders(Texts.For(Language.ZhCn)[id]), Placeholders(Texts.For(Language.EnUs)[id]));
        }
    }

    [Theory]
    [InlineData("zh-CN", Language.ZhCn)]
    [InlineData("zh", Language.ZhCn)]
    [InlineData("中文", Language.ZhCn)]
    [InlineData("en-US", Language.EnUs)]
    [InlineData("EN", Language.EnUs)]
    [InlineData("english", Language.EnUs)]
    public void LanguageTagsAreRecognised(string tag, Language language) => Assert.Equal(language, LanguageExtensions.FromTag(tag));

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("")]
    [InlineData(null)]
    public void OtherTagsAreNotALanguage(string? tag) => Assert.Null(LanguageExtensions.FromTag(tag));

    private static string[] Placeholders(string text) =>
        Regex.Matches(text, "\\{\\d+\\}").Select(m => m.Value).Distinct().Order().ToArray();
}
