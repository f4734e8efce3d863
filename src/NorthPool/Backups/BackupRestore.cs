using NorthPool.Storage;

namespace NorthPool.Backups;

// `dotnet NorthPool.dll restore <backup file>`: puts a backup in place of the database, with the bot stopped. It
// refuses while a NorthPool process holds the database, checks the backup before touching anything (a whole LiteDB
// file that opens and counts), keeps the current file (and its log) aside under a dated name rather than overwrite
// the only copy, and says what it restored. Returns the process exit code.
public static class BackupRestore
{
    public static int Run(string backupPath, string databasePath, DateTimeOffset now, TextWriter output, TextWriter error)
    {
        var database = Path.GetFullPath(databasePath);
        var backup = Path.GetFullPath(backupPath);
        if (!File.Exists(backup))
            return Refuse(error, $"restore: {backup} does not exist; the backups are in {Path.Combine(Path.GetDirectoryName(database)!, "backups")} unless Backups:Folder says otherwise.");
        if (string.Equals(backup, database, StringComparison.Ordinal))
            return Refuse(error, $"restore: {backup} is the database itself; name a backup.");

        FileStream held;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(database)!);
            held = new FileStream(NorthPoolDb.LockPath(database), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return Refuse(error, $"restore: NorthPool is running on {database} (it holds {NorthPoolDb.LockPath(database)}); stop it first, then restore.");
        }

        using (held)
        {
            var work = Path.Combine(Path.GetDirectoryName(database)!, $".restore-{Guid.NewGuid():N}{Path.GetExtension(database)}");
            try
            {
                if (DatabaseFileCheck.Problem(backup) is { } problem)
                    return Refuse(error, $"restore: {backup} {problem}; nothing was changed.");
                File.Copy(backup, work);
                if (File.Exists(NorthPoolDb.LogPath(backup)))
                    File.Copy(NorthPoolDb.LogPath(backup), NorthPoolDb.LogPath(work));
                IReadOnlyDictionary<string, long> counts;
                try
                {
                    counts = BackupFiles.Count(work);
                }
                catch (Exception ex) when (ex is LiteDB.LiteException or IOException or InvalidOperationException)
                {
                    return Refuse(error, $"restore: {backup} could not be read ({ex.Message}); nothing was changed.");
                }

                var stamp = now.UtcDateTime.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
                var aside = $"{database}.before-restore-{stamp}";
                if (File.Exists(database))
                    File.Move(database, aside);
                if (File.Exists(NorthPoolDb.LogPath(database)))
                    File.Move(NorthPoolDb.LogPath(database), NorthPoolDb.LogPath(database) + $".before-restore-{stamp}");
                File.Move(work, database);

                output.WriteLine($"Restored {backup} to {database}.");
                if (File.Exists(aside))
                    output.WriteLine($"The database it replaced is kept as {aside}.");
                foreach (var (name, rows) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
                    output.WriteLine($"  {name}: {rows}");
                output.WriteLine($"  total: {counts.Values.Sum()} rows");
                return 0;
            }
            finally
            {
                File.Delete(work);
                File.Delete(NorthPoolDb.LogPath(work));
            }
        }
    }

    private static int Refuse(TextWriter error, string line)
    {
        error.WriteLine(line);
        return 1;
    }
}
