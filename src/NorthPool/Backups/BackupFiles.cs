using LiteDB;

namespace NorthPool.Backups;

// A copy opened on its own. LiteDB reads a log lying beside it (<name>-log.db) as part of the file; the checkpoint
// folds it into the data file, so the copy becomes the one self-contained file a restore needs.
public static class BackupFiles
{
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
