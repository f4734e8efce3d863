using NorthPool.Tasks;

namespace NorthPool.Members;

// One row of the permission table: who may use a verb. Each verb declares its row where it is registered; the store
// checks task moves inside the same unit of work that applies them, so a concurrent change of owner cannot slip by.
public sealed record Permission(Grantee Grantees)
{
    public static readonly Permission Anyone = new(Grantee.Anyone);

    public bool Allows(Member member, TaskInstance? task)
    {
        if (Grantees.HasFlag(Grantee.Anyone))
            return true;
        if (Grantees.HasFlag(Grantee.Owner) && task is not null && TaskPermissions.IsOwner(task, member))
            return true;
        if (Grantees.HasFlag(Grantee.PoolLead) && (task is null ? member.LeadOf.Count > 0 : member.Leads(task.Pool)))
            return true;
        if (Grantees.HasFlag(Grantee.Admin) && member.IsAdmin)
            return true;
        return Grantees.HasFlag(Grantee.Chairman) && member.IsChairman;
    }
}
