using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NorthPool.Storage;

namespace NorthPool.Pools;

// Runs before the server listens. Idempotent: pools and templates are upserted, and instances from a file written
// before templates had periods are upgraded once. Opening the period's instances is the pool refresh's job.
public sealed partial class CatalogSeeder(Catalog catalog, NorthPoolDb db, StoreWriter writer, InstanceUpgrade upgrade, TimeProvider timeProvider, ILogger<CatalogSeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var upgraded = await writer.WriteAsync(() => Seed(now), cancellationToken);
        LogSeeded(logger, catalog.Pools.Count, catalog.Templates.Count, upgraded, db.FilePath);
    }

    private int Seed(DateTimeOffset now)
    {
        db.Pools.Upsert(catalog.Pools);
        db.Templates.Upsert(catalog.Templates);
        return upgrade.Upgrade(now);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "Catalog seeded: {Pools} pools, {Templates} templates, {Upgraded} instances upgraded in {DatabasePath}")]
    private static partial void LogSeeded(ILogger logger, int pools, int templates, int upgraded, string databasePath);
}
