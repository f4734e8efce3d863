using LiteDB;
using NorthPool.Storage;

namespace NorthPool.Tasks;

public static class TaskCollections
{
    // A task's history, newest first (the card's last three entries, 历史).
    public const string AuditByTask = "taskNewestFirst";

    public static readonly IReadOnlyList<StoreCollection> All =
    [
        // Only indexes a read uses: each one costs every write that changes its key. Open tasks are read from memory
        // (OpenTaskCache), so owner, pool and template need none; files from before keep theirs until dropped here.
        StoreCollection.Of<TaskInstance>("tasks", e => e.Id(t => t.Id, autoId: false), c =>
        {
            foreach (var unused in (string[])["Pool", "OwnerId", "TemplateId", "OpenOwnerId"])
                c.DropIndex(unused);
            c.EnsureIndex(t => t.State);
            c.EnsureIndex(t => t.CreatedAt);
            c.EnsureIndex(t => t.Slot);
            c.EnsureIndex(t => t.OpenTemplateId);
            c.EnsureIndex(t => t.UnmarkedDueAt);
            c.EnsureIndex(t => t.ClosedKey);
        }) with { Watched = true },
        // A task's history is read through AuditByTask; a plain TaskId index served nothing.
        StoreCollection.Of<AuditEntry>("audit", e => e.Id(a => a.Id, autoId: true), c =>
        {
            c.DropIndex(nameof(AuditEntry.TaskId));
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
