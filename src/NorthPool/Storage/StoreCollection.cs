using LiteDB;

namespace NorthPool.Storage;

// A feature's collection: its name, how its documents map to BSON, and its indexes. Features register theirs
// (AddStoreCollections); the database creates every registered collection when the file opens. Watched: other
// NorthPool instances on the same PostgreSQL database hear of every row written (IRowChangeHandler), for what they
// keep of it in memory.
public sealed record StoreCollection(string Name, Action<BsonMapper> Map, Action<LiteDatabase> Index)
{
    public bool Watched { get; init; }

    public static StoreCollection Of<T>(string name, Action<EntityBuilder<T>> map, Action<ILiteCollection<T>>? index = null) =>
        new(name, mapper => map(mapper.Entity<T>()), db => index?.Invoke(db.GetCollection<T>(name)));
}
