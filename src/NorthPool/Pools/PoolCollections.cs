using LiteDB;
using NorthPool.Storage;

namespace NorthPool.Pools;

public static class PoolCollections
{
    public static readonly IReadOnlyList<StoreCollection> All =
    [
        StoreCollection.Of<Pool>("pools", e => e.Id(p => p.Code, autoId: false)),
        StoreCollection.Of<TaskTemplate>("templates", e => e.Id(t => t.Id, autoId: false)),
        StoreCollection.Of<Recurrence>("recurrences", e => e.Id(r => r.TemplateId, autoId: false)),
    ];

    extension(NorthPoolDb db)
    {
        public ILiteCollection<Pool> Pools => db.Database.GetCollection<Pool>("pools");
        public ILiteCollection<TaskTemplate> Templates => db.Database.GetCollection<TaskTemplate>("templates");
        public ILiteCollection<Recurrence> Recurrences => db.Database.GetCollection<Recurrence>("recurrences");
    }
}
