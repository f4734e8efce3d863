using LiteDB;
using Microsoft.Extensions.Options;

namespace NorthPool.Storage;

// The one LiteDB file. It knows no feature: each registers its collections (name, mapping, indexes) and reads them
// through its own extension properties (db.Tasks, db.ReportRuns …). Reads go straight to the collections from any
// thread; writes go through StoreWriter.
public sealed class NorthPoolDb : IDisposable
{
    public NorthPoolDb(IOptions<StorageOptions> options, IEnumerable<StoreCollection> collections)
    {
        var path = Path.GetFullPath(options.Value.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var all = collections.Append(StorageCollections.Settings).DistinctBy(c => c.Name).ToList();
        var mapper = CreateMapper();
        foreach (var collection in all)
            collection.Map(mapper);
        Database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, mapper);
        FilePath = path;
        CollectionNames = all.Select(c => c.Name).ToList();
        // All are created when the file is opened: LiteDB 5.0.x can fail a read ("page type must be collection page")
        // that races the transaction creating its collection (LiteDB #2792).
        foreach (var name in CollectionNames)
            CreateIfMissing(name);
        foreach (var collection in all)
            collection.Index(Database);
    }

    public IReadOnlyList<string> CollectionNames { get; }

    public LiteDatabase Database { get; }

    public string FilePath { get; }

    public ILiteCollection<Setting> Settings => Database.GetCollection<Setting>(StorageCollections.Settings.Name);

    public void Dispose() => Database.Dispose();

    private void CreateIfMissing(string name)
    {
        if (Database.CollectionExists(name))
            return;
        Database.BeginTrans();
        var collection = Database.GetCollection(name);
        collection.Insert(new BsonDocument { ["_id"] = "__create__" });
        collection.Delete("__create__");
        Database.Commit();
    }

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper { EnumAsInteger = false };
        mapper.RegisterType<DateTimeOffset>(
            value => new BsonValue(value.UtcDateTime),
            bson => new DateTimeOffset(bson.AsDateTime.ToUniversalTime(), TimeSpan.Zero));
        mapper.RegisterType<TimeOnly>(
            value => new BsonValue(value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
            bson => TimeOnly.Parse(bson.AsString, System.Globalization.CultureInfo.InvariantCulture));
        return mapper;
    }
}
