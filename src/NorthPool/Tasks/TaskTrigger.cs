namespace NorthPool.Tasks;

public enum TaskTrigger
{
    Claim,
    Pause,
    Resume,
    Finish,
    Cancel,
    Release,
    Progress,

    // Quota units logged against an instance ("记录 BD-001 广东移动 拜访").
    Log,

    // Written by the pool itself, never typed: an owned instance found past its due time (it stays with its owner),
    // and an unclaimed periodic instance closed when its period ended (the next period's instance replaces it).
    Overdue,
    Expire,
}
