using NorthPool.Localization;

namespace NorthPool.Imports;

public static class ImportTexts
{
    public static IReadOnlyDictionary<ImportText, string> For(Language language) => language == Language.ZhCn ? ZhCn : EnUs;

    public static string Get(Language language, ImportText id, params object?[] args) => language.Format(For(language)[id], args);

    private static readonly Dictionary<ImportText, string> ZhCn = new()
    {
        [ImportText.Usage] = "用法：在与机器人的私聊中发送「导入 {0}」并附上 .xlsx 或 .csv 文件（管理员和池负责人）。先预览新增、重复和有误的行，确认后才导入。表头可参照「导出 {0}」的文件。",
        [ImportText.NoFile] = "没有收到文件。请在与机器人的私聊中发送「导入 {0}」并附上 .xlsx 或 .csv 文件。",
        [ImportText.NotATable] = "只能导入 .xlsx 或 .csv 文件。",
        [ImportText.HostNotAllowed] = "这个文件的地址不在允许的来源中（Imports:AllowedHosts），未下载。请在与机器人的私聊中直接上传文件。",
        [ImportText.TooLarge] = "文件超过 {0} KB，未导入。请拆分后分批导入。",
        [ImportText.DownloadFailed] = "文件下载失败，未导入。请稍后重新发送。",
        [ImportText.Unreadable] = "无法读取「{0}」：它不是有效的 {1} 文件。没有任何改动。",
        [ImportText.MissingHeader] = "「{0}」缺少表头「{1}」。第一行应为表头，如：{2}。没有任何改动。",
        [ImportText.TooManyRows] = "「{0}」超过 {1} 行，未导入。请拆分后分批导入。",
        [ImportText.Empty] = "「{0}」除表头外没有数据行。没有任何改动。",
        [ImportText.PreviewTitle] = "📥 导入预览：{0}",
        [ImportText.PreviewCounts] = "共 {0} 行：新增 {1}，重复 {2}，有误 {3}",
        [ImportText.PreviewDuplicates] = "重复（不导入）",
        [ImportText.PreviewErrors] = "有误（不导入）",
        [ImportText.PreviewMore] = "…另有 {0} 行",
        [ImportText.PreviewNothingNew] = "没有可导入的新行。没有任何改动。",
        [ImportText.PreviewConfirmHint] = "尚未导入。确认后导入 {0} 行；{1} 分钟内有效。",
        [ImportText.Confirm] = "确认导入 {0} 行",
        [ImportText.Cancel] = "取消",
        [ImportText.Imported] = "✅ 已从「{0}」导入 {1} 行。",
        [ImportText.ImportedSkipped] = "{0} 行在预览后已由他人录入，已跳过：{1}",
        [ImportText.Cancelled] = "已取消导入「{0}」，没有任何改动。",
        [ImportText.Lapsed] = "这次导入预览已失效（已确认、已取消或超过有效期）。请重新发送文件。",
    };

    private static readonly Dictionary<ImportText, string> EnUs = new()
    {
        [ImportText.Usage] = "Usage: in your personal chat with the bot, send \"import {0}\" with an .xlsx or .csv file attached (admins and pool leads). You see the new, duplicate and faulty rows first; nothing is imported until you confirm. The file from \"export {0}\" shows the headers.",
        [ImportText.NoFile] = "No file came with the message. In your personal chat with the bot, send \"import {0}\" with an .xlsx or .csv file attached.",
        [ImportText.NotATable] = "Only .xlsx and .csv files can be imported.",
        [ImportText.HostNotAllowed] = "The file's address is not an allowed source (Imports:AllowedHosts), so it was not downloaded. Upload the file in your personal chat with the bot.",
        [ImportText.TooLarge] = "The file is larger than {0} KB and was not imported. Split it and import the parts.",
        [ImportText.DownloadFailed] = "The file could not be downloaded; nothing was imported. Send it again in a moment.",
        [ImportText.Unreadable] = "“{0}” cannot be read: it is not a valid {1} file. Nothing changed.",
        [ImportText.MissingHeader] = "“{0}” has no “{1}” column. The first row must be the headers, such as: {2}. Nothing changed.",
        [ImportText.TooManyRows] = "“{0}” has more than {1} rows and was not imported. Split it and import the parts.",
        [ImportText.Empty] = "“{0}” has no rows below its headers. Nothing changed.",
        [ImportText.PreviewTitle] = "📥 Import preview: {0}",
        [ImportText.PreviewCounts] = "{0} rows: {1} new, {2} duplicates, {3} with errors",
        [ImportText.PreviewDuplicates] = "Duplicates (left out)",
        [ImportText.PreviewErrors] = "Errors (left out)",
        [ImportText.PreviewMore] = "…and {0} more rows",
        [ImportText.PreviewNothingNew] = "There is nothing new to import. Nothing changed.",
        [ImportText.PreviewConfirmHint] = "Nothing is imported yet. Confirm to import {0} rows; this preview lasts {1} minutes.",
        [ImportText.Confirm] = "Import {0} rows",
        [ImportText.Cancel] = "Cancel",
        [ImportText.Imported] = "✅ Imported {1} rows from “{0}”.",
        [ImportText.ImportedSkipped] = "{0} rows were added by someone else after the preview and were skipped: {1}",
        [ImportText.Cancelled] = "The import of “{0}” was cancelled; nothing changed.",
        [ImportText.Lapsed] = "This import preview is no longer valid (confirmed, cancelled or expired). Send the file again.",
    };
}
