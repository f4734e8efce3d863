using LiteDB;
using NorthPool.Storage;

namespace NorthPool.Crm;

// Another instance's CRM change, on the feed the live dashboard here listens to.
internal sealed class CrmChangeRowChanges(NorthPoolDb db, CrmChangeFeed feed) : IRowChangeHandler
{
    public string Collection => "crmChanges";

    public void Changed(BsonValue id)
    {
        if (db.CrmChanges.FindById(id) is { } change)
            feed.Publish(new CrmChanged(change.Record, change.RecordId, change.Action));
    }

    public void Forget()
    {
    }
}
