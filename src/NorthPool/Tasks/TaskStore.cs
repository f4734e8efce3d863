using NorthPool.Storage;

namespace NorthPool.Tasks;

// Reads straight from LiteDB; every change goes through the single writer as one unit of work:
// load → TaskTransitions → checks → update task + insert audit row, committed together.
public sealed class TaskStore(NorthPoolDb db, StoreWriter writer)
{
    public TaskInstance? Find(string id) => db.Tasks.FindById(id);

    public IReadOnlyList<TaskInstance> All() => db.Tasks.FindAll().ToList();

    public IReadOnlyList<TaskInstance> OwnedBy(string memberId) =>
        db.Tasks.Find(t => t.OwnerId == memberId).ToList();

    public IReadOnlyList<AuditEntry> History(string taskId, int take) =>
        db.Audit.Query().Where(a => a.TaskId == taskId).OrderByDescending(a => a.Id).Limit(take).ToList();

    public Task<TransitionResult> ApplyAsync(TaskMove move, CancellationToken cancellationToken) =>
        writer.WriteAsync(() => Apply(move), cancellationToken);

    private TransitionResult Apply(TaskMove move)
    {
        var task = db.Tasks.FindById(move.TaskId);
        if (task is null)
            return new TransitionResult.NotFound(move.TaskId);

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

        var updated = Move(task, move, next.Value);
        var entry = new AuditEntry
        {
            TaskId = task.Id,
            At = move.At,
            ActorId = move.Actor.Id,
            ActorName = move.Actor.Name,
            Trigger = move.Trigger,
            From = task.State,
            To = next.Value,
            Reason = move.Reason,
            Progress = move.Trigger == TaskTrigger.Progress ? move.Progress : null,
            ActivityId = move.ActivityId,
        };
        db.Tasks.Update(updated);
        db.Audit.Insert(entry);
        return new TransitionResult.Applied(updated, entry);
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
            TaskTrigger.Release => moved with { OwnerId = null, OwnerName = null },
            TaskTrigger.Finish => moved with { Progress = 100 },
            TaskTrigger.Progress => moved with { Progress = move.Progress!.Value, ProgressNote = move.Reason },
            _ => moved,
        };
    }
}
