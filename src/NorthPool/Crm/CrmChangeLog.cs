using NorthPool.Members;
using NorthPool.Storage;

namespace NorthPool.Crm;

// The CRM's audit rows (crmChanges), written in the unit of work of the change they describe. An activity delivered
// again (after a restart the in-memory guard is empty) is recognised by the change it made the first time.
public sealed class CrmChangeLog(NorthPoolDb db, StoreWriter writer, CrmChangeFeed feed)
{
    public CrmChange? Earlier(string? activityId, string record) =>
        activityId is null ? null : db.CrmChanges.Query().Where("$.ActivityId = @0", activityId).ToEnumerable().FirstOrDefault(c => c.Record == record);

    // Whether the activity changed anything: how a form learns that the command it ran went through.
    public bool Made(string? activityId) => activityId is not null && db.CrmChanges.Exists(LiteDB.BsonExpression.Create("$.ActivityId = @0", activityId));

    // Announced on the feed once the unit it belongs to has committed.
    public void Add(string record, long id, string action, Member actor, DateTimeOffset at, string? activityId, string? detail)
    {
        db.CrmChanges.Insert(new CrmChange
        {
            Record = record, RecordId = id, Action = action, ActorId = actor.Id, ActorName = actor.Name, At = at, ActivityId = activityId, Detail = detail,
        });
        writer.AfterCommit(() => feed.Publish(new CrmChanged(record, id, action)));
    }
}
