using NorthPool.Localization;

namespace NorthPool.Exports;

public static class ExportTexts
{
    public static IReadOnlyDictionary<ExportText, string> For(Language language) => language == Language.ZhCn ? ZhCn : EnUs;

    public static string Get(Language language, ExportText id, params object?[] args) => language.Format(For(language)[id], args);

    private static readonly Dictionary<ExportText, string> ZhCn = new()
    {
        [ExportText.Usage] = "用法：导出 {0} — 生成 Excel 文件（管理员、池负责人和董事长）",
        [ExportText.Ready] = "📎 {0}（{1} 行）：[下载]({2})，{3} 分钟内有效。",
        [ExportText.Capped] = "只导出了前 {0} 行。",
        [ExportText.Expired] = "下载链接已失效，请重新导出。",
    };

    private static readonly Dictionary<ExportText, string> EnUs = new()
    {
        [ExportText.Usage] = "Usage: export {0} — an Excel file (admins, pool leads and the chairman)",
        [ExportText.Ready] = "📎 {0} ({1} rows): [download]({2}), valid for {3} minutes.",
        [ExportText.Capped] = "Only the first {0} rows are in it.",
        [ExportText.Expired] = "This download link has expired; export again.",
    };
}
