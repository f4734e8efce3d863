namespace NorthPool.Members;

// What a member may be besides a member: the chairman (董事长), a pool's lead (组长; several per pool allowed), an admin.
public enum Role
{
    Chairman,
    PoolLead,
    Admin,
}
