namespace NorthPool.Members;

// Who a permission names. Owner and PoolLead are relative to the task the verb acts on.
[Flags]
public enum Grantee
{
    None = 0,
    Anyone = 1,
    Owner = 2,
    PoolLead = 4,
    Admin = 8,
    Chairman = 16,
}
