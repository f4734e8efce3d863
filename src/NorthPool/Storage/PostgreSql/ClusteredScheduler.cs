using Quartz;

namespace NorthPool.Storage.PostgreSql;

// On PostgreSQL every instance runs the same Quartz scheduler (one name; each its own generated instance id) over Quartz's own job store in the same
// database, clustered: a trigger fires on one instance only, and the jobs of an instance that stops checking in are
// taken over by another. Quartz creates its tables (qrtz_*) when missing (ProvisionSchema, safe when instances start
// together). The LiteDB file keeps Quartz in memory: it has one process.
internal static class ClusteredScheduler
{
    public static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(5);

    // An instance silent for this long beyond its check-in interval is taken for dead and its jobs recovered.
    public static readonly TimeSpan CheckinMisfireThreshold = TimeSpan.FromSeconds(10);

    public static void AddClusteredScheduler(this IServiceCollection services, IConfiguration configuration)
    {
        if (!Enum.TryParse<StorageProvider>(configuration[$"{StorageOptions.Section}:Provider"], ignoreCase: true, out var provider)
            || provider != StorageProvider.PostgreSql
            || configuration.GetConnectionString("NorthPool") is not { Length: > 0 } connectionString
            || PostgreSqlConnection.Problem(connectionString) is not null)
            return; // the LiteDB file, or a configuration start-up validation will refuse
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(PostgreSqlConnection.ForScheduler(connectionString));
                store.UseClustering(cluster =>
                {
                    cluster.CheckinInterval = CheckinInterval;
                    cluster.CheckinMisfireThreshold = CheckinMisfireThreshold;
                });
                store.ProvisionSchema();
            });
        });
    }
}
