using System.Globalization;
using Microsoft.Extensions.Hosting;
using NorthPool.Pools;
using NorthPool.Reports;
using Quartz;

namespace NorthPool.Rhythm;

// One Quartz cron trigger per distinct time of day in the catalog (§12.3: 07:00, 09:00, …), in Reports:TimeZone.
// Scheduled at start, as the times come from the catalog the app loaded; built on the app clock, like the rest.
public sealed class ReminderSchedule(ISchedulerFactory schedulers, Catalog catalog, ReportSchedule schedule, TimeProvider timeProvider) : IHostedService
{
    public IReadOnlyList<TimeOnly> Times { get; } = catalog.Templates.Select(t => t.TimeOfDay).OfType<TimeOnly>().Distinct().Order().ToList();

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var time in Times)
        {
            var name = time.ToString("HHmm", CultureInfo.InvariantCulture);
            var trigger = TriggerBuilder.Create(timeProvider)
                .WithIdentity($"template-reminder-{name}", "rhythm")
                .ForJob(ReminderJob.Key)
                .UsingJobData(ReminderJob.TimeKey, time.ToString("HH:mm", CultureInfo.InvariantCulture))
                .StartAt(timeProvider.GetUtcNow())
                .WithCronSchedule($"0 {time.Minute} {time.Hour} ? * *", cron => cron.InTimeZone(schedule.Zone))
                .Build();
            // Replacing: a scheduler over a persistent store (PostgreSQL) still holds the trigger from the last start.
            await scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
