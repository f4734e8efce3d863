using LiteDB;
using NorthPool.Storage;

namespace NorthPool.Tasks;

// Open instances are read from memory (OpenTaskCache), finished ones from LiteDB through indexes. Every change goes
// through the single writer as one unit of work: load → TaskTransitions → checks → update task + insert audit row,
// committed together. Every write of the tasks collection goes through Insert or Update, which keep the cache current.
public sealed class TaskStore(NorthPoolDb db, StoreWriter writer, TaskChangeFeed changes)
{
    private readonly OpenTaskCache _open = new(db, writer);
    private readonly RecentHistory _recent = new(db);

    // A task not open in memory is read from the file in step with the cache: a reader that just saw a new instance there
    // (the new week's) then finds last week's closed in memory, never still open.
    public TaskInstance? Find(string id) => _open.Current.GetValueOrDefault(id) ?? writer.ReadInStep(() => db.Tasks.FindById(id));

    // The live instances: 待分配, 执行中, 暂停.
    public IReadOnlyList<TaskInstance> Open() => [.. _open.Current.Values];

    // The open instances of a template (BD-001 → BD-001-2026W48, and last week's if it is still open).
    public IReadOnlyList<TaskInstance> OpenOf(string templateId) =>
        _open.Current.Values.Where(t => t.TemplateId == templateId).OrderBy(t => t.Slot, StringComparer.Ordinal).ToList();

    // A template's instances, newest first, through the Slot index (slots sort in time order within a template).
    public IEnumerable<TaskInstance> InstancesOf(string templateId)
    {
        // A range, not LIKE: LiteDB 5.0 returns nothing for a LIKE prefix scan in descending order.
        var prefix = Pools.InstanceNames.SlotPrefix(templateId);
        return db.Tasks.Query().Where("$.Slot >= @0 AND $.Slot < @1", prefix, templateId + "A").OrderByDescending("$.Slot").ToEnumerable();
    }

    // The newest finished or cancelled instances in a state, newest first.
    public IReadOnlyList<TaskInstance> Closed(TaskState state, int take) =>
        NewestFirst.Range(db.Tasks, "$.ClosedKey", $"{state}|0000000000000000000", $"{state}|9999999999999999999").Limit(take).ToList();

    // A member's open tasks (never the member's finished history).
    public IReadOnlyList<TaskInstance> OpenOwnedBy(string memberId) =>
        _open.Current.Values.Where(t => t.OwnerId == memberId).ToList();

    // Inside a unit of work, the only ways to write the tasks collection: the row, and the open tasks in memory once
    // the transaction commits.
    public TaskInstance Insert(TaskInstance task)
    {
        db.Tasks.Insert(task);
        writer.AfterCommit(() => _open.Stage(task));
        return task;
    }

    public TaskInstance Update(TaskInstance task)
    {
        db.Tasks.Update(task);
        writer.AfterCommit(() => _open.Stage(task));
        return task;
    }

    // The newest RecentHistory.Shown entries of the task as it is at its version (for its card).
    public IReadOnlyList<AuditEntry> RecentHistory(TaskInstance task) => _recent.Of(task);

    // A task another instance on the same PostgreSQL database changed (TaskRowChanges): into the open tasks in memory,
    // and on the feed for the pages this instance serves.
    public void ApplyRemote(string taskId)
    {
        if (db.Tasks.FindById(taskId) is not { } task)
            return;
        _open.Apply(task);
        changes.Publish(new TaskChanged(task.Id, task.Version, null) { Remote = true });
    }

    public void ForgetOpen() => _open.Forget();

    public IReadOnlyList<AuditEntry> History(string taskId, int take) =>
        NewestFirst.Query(db.Audit, nameof(AuditEntry.TaskId), taskId).Limit(take).ToList();

    public async Task<TransitionResult> ApplyAsync(TaskMove move, CancellationToken cancellationToken)
    {
        var result = await writer.WriteAsync(() => Apply(move), cancellationToken);
        Publish(result, move.ActivityId);
        return result;
    }

    // Inside another feature's unit of work (a CRM visit counting toward a quota): the move as ApplyAsync makes it, in
    // that unit's commit. The caller publishes what applied (Publish) once its write has returned, as ApplyAsync does.
    public TransitionResult ApplyWithin(TaskMove move) => Apply(move);

    public void Publish(TransitionResult result, string? activityId)
    {
        if (result is TransitionResult.Applied { Task: var task, Repeated: false })
            changes.Publish(new TaskChanged(task.Id, task.Version, activityId));
    }

    private TransitionResult Apply(TaskMove move)
    {
        var result = ApplyMove(move);
        if (result is TransitionResult.Applied { Repeated: false, Task: var applied })
            move.AlsoWhenApplied?.Invoke(applied);
        return result;
    }

    private TransitionResult ApplyMove(TaskMove move)
    {
        var task = db.Tasks.FindById(move.TaskId);
        if (task is null)
            return new TransitionResult.NotFound(move.TaskId);

        // A redelivered activity (Teams retries; after a restart the in-memory guard is empty) changes nothing and is
        // answered as its first delivery was: the activity id is stored with every change.
        if (move.ActivityId is { } activityId
            && db.Audit.Query().Where("$.ActivityId = @0", activityId).ToEnumerable().FirstOrDefault(a => a.TaskId == task.Id && a.Trigger == move.Trigger && a.ActorId == move.Actor.Id) is { } earlier)
            return new TransitionResult.Applied(task, earlier) { Repeated = true };

        var next = TaskTransitions.NextState(task.State, move.Trigger);
        if (next is null)
        {
            if (move.Trigger == TaskTrigger.Claim && task.OwnerId is not null && TaskTransitions.IsOpen(task.State))
            {
                return TaskPermissions.IsOwner(task, move.Actor)
                    ? new TransitionResult.AlreadyYours(task)
                    : new TransitionResult.AlreadyClaimed(task);
            }
            return new TransitionResult.Illegal(task, move.Trigger, TaskTransitions.AllowedFrom(task.State));
        }

        if (!TaskPermissions.Allows(move.Trigger, task, move.Actor))
            return new TransitionResult.Forbidden(task, move.Trigger);
        if (TaskTransitions.RequiresReason(move.Trigger) && string.IsNullOrWhiteSpace(move.Reason))
            return new TransitionResult.ReasonRequired(task, move.Trigger);
        if (move.Trigger == TaskTrigger.Progress && move.Progress is not (>= 0 and <= 100))
            return new TransitionResult.InvalidProgress(task, move.Progress);
        if (move.Trigger == TaskTrigger.Log)
        {
            // A typed 记录 counts units, so it needs a quota; a CRM record is history either way.
            if (task.Quota is null && !move.RecordsOnly)
                return new TransitionResult.NotAQuota(task);
            return Log(task, move);
        }

        var updated = Move(task, move, next.Value);
        var entry = Entry(task, move, next.Value) with
        {
            Reason = move.Trigger switch
            {
                TaskTrigger.Assign => $"{task.OwnerName ?? "—"} → {move.NewOwnerName}",
                TaskTrigger.Prioritise => $"{task.Priority} → {move.NewPriority}",
                _ => move.Reason,
            },
            Progress = move.Trigger == TaskTrigger.Progress ? move.Progress : null,
            PreviousOwnerId = move.Trigger == TaskTrigger.Assign ? task.OwnerId : null,
            DueAt = move.Trigger == TaskTrigger.Redate ? move.NewDueAt : null,
        };
        Update(updated);
        db.Audit.Insert(entry);
        return new TransitionResult.Applied(updated, entry);
    }

    private static AuditEntry Entry(TaskInstance task, TaskMove move, TaskState to) => new()
    {
        TaskId = task.Id,
        At = move.At,
        ActorId = move.Actor.Id,
        ActorName = move.Actor.Name,
        Trigger = move.Trigger,
        From = task.State,
        To = to,
        ActivityId = move.ActivityId,
    };

    // Each unit is its own audit row with the note, so the tally can always be recounted from history.
    private TransitionResult Log(TaskInstance task, TaskMove move)
    {
        var quota = task.Quota;
        AuditEntry? last = null;
        for (var i = 0; i < move.Units; i++)
        {
            quota = quota is null ? null : quota with { Done = quota.Done + 1 };
            last = Entry(task, move, task.State) with
            {
                Reason = move.Reason,
                Units = 1,
                Tally = quota?.Done,
                Source = move.Source,
            };
            db.Audit.Insert(last);
        }
        var updated = task with
        {
            Quota = quota,
            Progress = quota is null ? task.Progress : Math.Min(100, quota.Done * 100 / Math.Max(1, quota.Target)),
            UpdatedAt = move.At,
            Version = task.Version + 1,
        };
        Update(updated);
        return new TransitionResult.Applied(updated, last!);
    }

    private static TaskInstance Move(TaskInstance task, TaskMove move, TaskState next)
    {
        var moved = task with
        {
            State = next,
            UpdatedAt = move.At,
            StateSince = next == task.State ? task.StateSince : move.At,
            Version = task.Version + 1,
        };
        return move.Trigger switch
        {
            TaskTrigger.Claim => moved with { OwnerId = move.Actor.Id, OwnerName = move.Actor.Name },
            TaskTrigger.Assign => moved with { OwnerId = move.NewOwnerId, OwnerName = move.NewOwnerName },
            TaskTrigger.Prioritise => moved with { Priority = move.NewPriority!.Value },
            TaskTrigger.Redate => moved with { DueAt = move.NewDueAt, OverdueSince = null },
            TaskTrigger.Release => moved with { OwnerId = null, OwnerName = null },
            TaskTrigger.Finish => moved with { Progress = 100 },
            TaskTrigger.Progress => moved with { Progress = move.Progress!.Value, ProgressNote = move.Reason },
            _ => moved,
        };
    }
}
