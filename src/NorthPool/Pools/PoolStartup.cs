using Microsoft.Extensions.Hosting;

namespace NorthPool.Pools;

// After the catalog is seeded and before the server listens: open the current period's instances, so a bot that was
// down over a period start has them at once (exactly once: opening is idempotent per period).
public sealed class PoolStartup(PoolRefresh refresh) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => refresh.RunAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
