using NorthPool.Proactive;
using NorthPool.Storage;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Tasks;

public class NorthPoolDbTests
{
    // A read racing the transaction that creates its collection fails in LiteDB 5.0.x (#2792), so no collection may
    // be created lazily while the bot is serving.
    [Fact]
    [Trait("Store", "LiteDbFile")]
    public void EveryCollectionExistsAsSoonAsTheFileIsOpened()
    {
        using var store = TestStore.CreateSeeded();

        Assert.Equal(store.Db.CollectionNames.Order(), store.Db.Database.GetCollectionNames().Order());
        Assert.Equal(0, store.Db.Conversations.Count());
    }
}
