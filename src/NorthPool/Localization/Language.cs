using System.Globalization;

namespace NorthPool.Localization;

public enum Language
{
    ZhCn,
    EnUs,
}

public static class LanguageExtensions
{
    public static CultureInfo Culture(this Language language) =>
        CultureInfo.GetCultureInfo(language == Language.ZhCn ? "zh-CN" : "en-US");

    // A text catalogue's entry with its placeholders filled in the language's culture.
    public static string Format(this Language language, string format, object?[] args) =>
        args.Length == 0 ? format : string.Format(language.Culture(), format, args);

    // Between the items of a list in running text: "BD-001、BD-002" / "BD-001, BD-002".
    public static string ListSeparator(this Language language) => language == Language.ZhCn ? "、" : ", ";

    public static Language? FromTag(string? tag) => tag?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        var t when t.StartsWith("zh", StringComparison.Ordinal) || t is "中文" or "cn" => Language.ZhCn,
        var t when t.StartsWith("en", StringComparison.Ordinal) || t is "英文" or "english" => Language.EnUs,
        _ => null,
    };
}
