using LiteDB;
using NorthPool.Storage;

namespace NorthPool.Operations;

public static class AlertCollections
{
    public static readonly IReadOnlyList<StoreCollection> All =
    [
        StoreCollection.Of<AlertChannel>("alertChannels", e => e.Id(c => c.Id, autoId: false)),
    ];

    extension(NorthPoolDb db)
    {
        public ILiteCollection<AlertChannel> AlertChannels => db.Database.GetCollection<AlertChannel>("alertChannels");
    }
}
