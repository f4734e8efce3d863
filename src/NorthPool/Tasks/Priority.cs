namespace NorthPool.Tasks;

public enum Priority
{
    P0,
    P1,
    P2,
    P3,
}
