using LiteDB;
using NorthPool.Storage;

namespace NorthPool.Tasks;

public static class TaskCollections
{
    // A task's history, newest first (the card's last three entries, 历史).
    public const string AuditByTask = "taskNewestFirst";

    public static readonly IReadOnlyList<StoreCollection> All =
    [
        StoreCollection.Of<TaskInstance>("tasks", e => e.Id(t => t.Id, autoId: false), c =>
        {
            c.EnsureIndex(t => t.Pool);
            c.EnsureIndex(t => t.OwnerId);
            c.EnsureIndex(t => t.TemplateId);
            c.EnsureIndex(t => t.State);
            c.EnsureIndex(t => t.CreatedAt);
            c.EnsureIndex(t => t.Slot);
            c.EnsureIndex(t => t.OpenTemplateId);
            c.EnsureIndex(t => t.OpenOwnerId);
            c.EnsureIndex(t => t.UnmarkedDueAt);
            c.EnsureIndex(t => t.ClosedKey);
        }),
        StoreCollection.Of<AuditEntry>("audit", e => e.Id(a => a.Id, autoId: true), c =>
        {
            c.EnsureIndex(a => a.TaskId);
            NewestFirst.EnsureIndex(c, AuditByTask, nameof(AuditEntry.TaskId));
            c.EnsureIndex(a => a.At);
            c.EnsureIndex(a => a.ActivityId);
        }),
    ];

    extension(NorthPoolDb db)
    {
        public ILiteCollection<TaskInstance> Tasks => db.Database.GetCollection<TaskInstance>("tasks");
        public ILiteCollection<AuditEntry> Audit => db.Database.GetCollection<AuditEntry>("audit");
    }
}
