using System.Globalization;

namespace NorthPool.Backups;

// northpool-20261129-030000.db: the database's own name and the UTC instant the copy stands for, so names sort by time
// and a restore can say what it is.
public static class BackupNames
{
    private const string Stamp = "yyyyMMdd-HHmmss";

    public static string For(string databasePath, DateTimeOffset at) =>
        $"{Path.GetFileNameWithoutExtension(databasePath)}-{at.UtcDateTime.ToString(Stamp, CultureInfo.InvariantCulture)}{Path.GetExtension(databasePath)}";

    // The instant in a backup's name, or null for a file that is not one of ours (it is never pruned).
    public static DateTimeOffset? At(string databasePath, string fileName)
    {
        var prefix = Path.GetFileNameWithoutExtension(databasePath) + "-";
        var extension = Path.GetExtension(databasePath);
        if (!fileName.StartsWith(prefix, StringComparison.Ordinal) || !fileName.EndsWith(extension, StringComparison.Ordinal))
            return null;
        var stamp = fileName[prefix.Length..^extension.Length];
        return DateTime.TryParseExact(stamp, Stamp, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero)
            : null;
    }
}
