using NorthPool.Members;

namespace NorthPool.Tasks;

public static class TaskPermissions
{
    // Anyone may claim a pooled task; only the owner moves it on; cancel is also open to admins.
    public static bool Allows(TaskTrigger trigger, TaskInstance task, Member actor) => trigger switch
    {
        TaskTrigger.Claim => true,
        TaskTrigger.Cancel => IsOwner(task, actor) || actor.IsAdmin,
        _ => IsOwner(task, actor),
    };

    public static bool IsOwner(TaskInstance task, Member actor) =>
        task.OwnerId is not null && string.Equals(task.OwnerId, actor.Id, StringComparison.Ordinal);
}
