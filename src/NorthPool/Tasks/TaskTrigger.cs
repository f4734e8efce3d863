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
}
