using LiteDB;
using NorthPool.Storage;

namespace NorthPool.CardViews;

public static class CardCollections
{
    public static readonly IReadOnlyList<StoreCollection> All =
    [
        StoreCollection.Of<TaskCardPost>("cardPosts", e => e.Id(p => p.Id, autoId: true), c => c.EnsureIndex(p => p.TaskId)),
    ];

    extension(NorthPoolDb db)
    {
        public ILiteCollection<TaskCardPost> CardPosts => db.Database.GetCollection<TaskCardPost>("cardPosts");
    }
}
