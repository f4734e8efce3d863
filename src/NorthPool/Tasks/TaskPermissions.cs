using NorthPool.Members;

namespace NorthPool.Tasks;

public static class TaskPermissions
{
    public static bool Allows(TaskTrigger trigger, TaskInstance task, Member actor) => TaskMoveRules.For(trigger).Allows(actor, task);

    public static bool IsOwner(TaskInstance task, Member actor) =>
        task.OwnerId is not null && string.Equals(task.OwnerId, actor.Id, StringComparison.Ordinal);
}
