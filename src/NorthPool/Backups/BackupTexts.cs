using System.Globalization;
using NorthPool.Localization;

namespace NorthPool.Backups;

// What 备份 answers, in the member's language.
public static class BackupTexts
{
    public static string Made(Backup backup, string folder, Language language)
    {
        var zh = language == Language.ZhCn;
        var rows = string.Join(zh ? "、" : ", ", backup.Counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => $"{c.Key} {c.Value.ToString("N0", CultureInfo.InvariantCulture)}"));
        var size = (backup.Bytes / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture);
        var seconds = backup.Took.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var total = backup.Rows.ToString("N0", CultureInfo.InvariantCulture);
        return zh
            ? $"✅ 备份完成：{backup.Name}（{size} MB，共 {total} 行，已核对与当前数据一致），用时 {seconds} 秒。\n保存在 {folder}\n{rows}"
            : $"✅ Backup made: {backup.Name} ({size} MB, {total} rows, checked against the live data) in {seconds} s.\nKept in {folder}\n{rows}";
    }

    public static string UsePgDump(Language language) => language == Language.ZhCn
        ? "ℹ️ 当前数据存放在 PostgreSQL 中，NorthPool 暂不自行备份：请用 PostgreSQL 自带的 pg_dump 定时备份（例如 pg_dump --format=custom）。"
        : "ℹ️ The data lives in PostgreSQL, which NorthPool does not back up itself yet: schedule PostgreSQL's own pg_dump (for example pg_dump --format=custom).";

    public static string Failed(string why, Language language) => language == Language.ZhCn
        ? $"❌ 备份失败：{why}。当前数据没有受到影响；请检查备份文件夹的空间和权限后再试。"
        : $"❌ The backup failed: {why}. The live data is untouched; check the backup folder's space and permissions and try again.";
}
