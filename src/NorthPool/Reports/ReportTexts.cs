using NorthPool.Localization;

namespace NorthPool.Reports;

public static class ReportTexts
{
    public static IReadOnlyDictionary<ReportText, string> For(Language language) =>
        language == Language.ZhCn ? ReportTextsZhCn.All : ReportTextsEnUs.All;

    public static string Get(Language language, ReportText id, params object?[] args) => language.Format(For(language)[id], args);
}
