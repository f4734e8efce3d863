using LiteDB;
using NorthPool.Storage;

namespace NorthPool.Proactive;

public static class ConversationCollections
{
    public static readonly IReadOnlyList<StoreCollection> All =
    [
        StoreCollection.Of<StoredConversation>("conversations", e => e.Id(c => c.ConversationId, autoId: false), c => c.EnsureIndex(x => x.UpdatedAt)),
    ];

    extension(NorthPoolDb db)
    {
        public ILiteCollection<StoredConversation> Conversations => db.Database.GetCollection<StoredConversation>("conversations");
    }
}
