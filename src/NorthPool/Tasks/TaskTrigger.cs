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

    // The task's owner, priority or due date set by someone who manages the pool (分派, 优先级, 截止).
    Assign,
    Prioritise,
    Redate,

    // A task made by a member (新建): an ad-hoc task or another instance of a template.
    Create,

    // Written by the pool itself, never typed: an owned instance found past its due time (it stays with its owner),
    // and an unclaimed periodic instance closed when its period ended (the next period's instance replaces it).
    Overdue,
    Expire,
}
