using LiteDB;

namespace NorthPool.Backups;

// A copy opened on its own. LiteDB reads a log lying beside it (<name>-log.db) as part of the file; the checkpoint
// folds it into the data file, so the copy becomes the one self-contained file a restore needs.
public static class BackupFiles
{
    // The verified copies of databasePath in folder, newest first (files that are not backups are not listed).
    public static IReadOnlyList<(string Path, DateTimeOffset At)> List(string folder, string databasePath) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder)
                .Select(f => (Path: f, At: BackupNames.At(databasePath, Path.GetFileName(f))))
                .Where(f => f.At is not null)
                .Select(f => (f.Path, f.At!.Value))
                .OrderByDescending(f => f.Item2)
                .ToList()
            : [];

    public static IReadOnlyDictionary<string, long> Count(string path)
    {
        Dictionary<string, long> counts;
        using (var copy = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }))
        {
            copy.Checkpoint();
            counts = copy.GetCollectionNames().ToDictionary(name => name, name => copy.GetCollection(name).LongCount(), StringComparer.Ordinal);
        }
        var log = Storage.NorthPoolDb.LogPath(path);
        if (File.Exists(log) && new FileInfo(log).Length == 0)
            File.Delete(log);
        return counts;
    }
}
