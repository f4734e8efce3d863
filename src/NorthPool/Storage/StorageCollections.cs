namespace NorthPool.Storage;

public static class StorageCollections
{
    // Named values any feature keeps across restarts (the schema version, the next ad-hoc task number …).
    public static readonly StoreCollection Settings = StoreCollection.Of<Setting>("settings", e => e.Id(s => s.Id, autoId: false));
}
