using Microsoft.Extensions.DependencyInjection.Extensions;
using NorthPool.Reports;
using NorthPool.Storage;
using Quartz;

namespace NorthPool.Pools;

public static class PoolsRegistration
{
    // The catalog, its periods and the refresh that keeps instances open. Registered before anything that reads tasks.
    public static WebApplicationBuilder AddPools(this WebApplicationBuilder builder)
    {
        builder.Services.AddStoreCollections(PoolCollections.All);
        builder.Services.TryAddSingleton(_ => Catalog.Load(Catalog.DefaultPath));
        builder.Services.AddSingleton<PeriodCalendar>();
        builder.Services.AddSingleton<InstanceUpgrade>();
        builder.Services.AddSingleton<InstanceOpener>();
        builder.Services.AddSingleton<PoolRefresh>();
        builder.Services.AddHostedService<CatalogSeeder>();
        builder.Services.AddHostedService<PoolStartup>();
        builder.Services.AddQuartz(q => q.ScheduleJob<PoolRefreshJob>(
            (sp, trigger) => trigger.WithIdentity("pool-refresh-times")
                .WithCronSchedule(PoolRefreshJob.Cron, cron => cron.InTimeZone(sp.GetRequiredService<ReportSchedule>().Zone)),
            (_, job) => job.WithIdentity(PoolRefreshJob.Key)));
        return builder;
    }
}
