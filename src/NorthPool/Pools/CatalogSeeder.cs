using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NorthPool.Storage;
using NorthPool.Tasks;

namespace NorthPool.Pools;

// Runs before the server listens. Idempotent: pools and templates are upserted, and a template gets its first
// instance (待分配) only if it has never had one.
public sealed partial class CatalogSeeder(Catalog catalog, NorthPoolDb db, StoreWriter writer, TimeProvider timeProvider, ILogger<CatalogSeeder> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var created = await writer.WriteAsync(() => Seed(now), cancellationToken);
        LogSeeded(logger, catalog.Pools.Count, catalog.Templates.Count, created, db.FilePath);
    }

    private int Seed(DateTimeOffset now)
    {
        db.Pools.Upsert(catalog.Pools);
        db.Templates.Upsert(catalog.Templates);
        var created = 0;
        foreach (var template in catalog.Templates)
        {
            if (db.Tasks.Exists(t => t.TemplateId == template.Id))
                continue;
            db.Tasks.Insert(new TaskInstance
            {
                Id = template.Id,
                TemplateId = template.Id,
                Pool = template.Pool,
                Title = template.Name,
                CreatedAt = now,
                UpdatedAt = now,
                StateSince = now,
            });
            created++;
        }
        return created;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "Catalog seeded: {Pools} pools, {Templates} templates, {Created} new task instances in {DatabasePath}")]
    private static partial void LogSeeded(ILogger logger, int pools, int templates, int created, string databasePath);
}
