using NorthPool.Tasks;

namespace NorthPool.Pools;

// Instances another feature opens with each pool refresh, in the refresh's unit of work (the CRM's 续约提醒 for
// contracts near their end). Open must be idempotent: a refresh runs at start-up, 00:00 and 06:00.
public interface IInstanceSource
{
    IReadOnlyList<TaskInstance> Open(DateTimeOffset now);
}
