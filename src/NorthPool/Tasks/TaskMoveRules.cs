using NorthPool.Members;

namespace NorthPool.Tasks;

// The permission table of the task moves (verb × role × ownership): members claim; only the owner pauses, resumes,
// finishes and reports progress or quota units; the owner, the pool's leads and admins release and cancel; leads and
// admins assign; leads, admins and the chairman set the priority; the owner, leads and admins set the due date.
public static class TaskMoveRules
{
    private static readonly Dictionary<TaskTrigger, Permission> Who = new()
    {
        [TaskTrigger.Claim] = Permission.Anyone,
        [TaskTrigger.Pause] = new(Grantee.Owner),
        [TaskTrigger.Resume] = new(Grantee.Owner),
        [TaskTrigger.Finish] = new(Grantee.Owner),
        [TaskTrigger.Progress] = new(Grantee.Owner),
        [TaskTrigger.Log] = new(Grantee.Owner),
        [TaskTrigger.Cancel] = new(Grantee.Owner | Grantee.PoolLead | Grantee.Admin),
        [TaskTrigger.Release] = new(Grantee.Owner | Grantee.PoolLead | Grantee.Admin),
        [TaskTrigger.Assign] = new(Grantee.PoolLead | Grantee.Admin),
        [TaskTrigger.Prioritise] = new(Grantee.PoolLead | Grantee.Admin | Grantee.Chairman),
        [TaskTrigger.Redate] = new(Grantee.Owner | Grantee.PoolLead | Grantee.Admin),
        [TaskTrigger.Overdue] = new(Grantee.None),
        [TaskTrigger.Expire] = new(Grantee.None),
    };

    public static Permission For(TaskTrigger trigger) => Who[trigger];
}
