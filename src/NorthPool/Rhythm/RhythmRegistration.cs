using NorthPool.Storage;
using Microsoft.Extensions.Options;
using NorthPool.Reports;
using Quartz;

namespace NorthPool.Rhythm;

public static class RhythmRegistration
{
    // The day's rhythm: the 06:00 digest, reminders at the templates' times, hourly alerts, quiet hours. Registered
    // after the pools and the reports (it reads their options and runs on their Quartz scheduler).
    public static WebApplicationBuilder AddRhythm(this WebApplicationBuilder builder)
    {
        builder.Services.AddStoreCollections(RhythmSends.Collections);
        builder.Services.AddOptionsWithValidateOnStart<RhythmOptions>().Bind(builder.Configuration.GetSection(RhythmOptions.Section));
        builder.Services.AddSingleton<IValidateOptions<RhythmOptions>, RhythmOptionsValidator>();
        builder.Services.AddSingleton<RhythmSends>();
        builder.Services.AddSingleton<QuietHours>();
        builder.Services.AddSingleton<DigestCardBuilder>();
        builder.Services.AddSingleton<NoticeCardBuilder>();
        builder.Services.AddSingleton<RhythmDelivery>();
        builder.Services.AddSingleton<MorningDigestRun>();
        builder.Services.AddSingleton<ReminderRun>();
        builder.Services.AddSingleton<AlertScan>();
        builder.Services.AddQuartz(q =>
        {
            q.ScheduleJob<MorningDigestJob>(
                (sp, trigger) =>
                {
                    var at = sp.GetRequiredService<IOptions<RhythmOptions>>().Value.Digest;
                    trigger.WithIdentity("morning-digest-time", "rhythm")
                        .WithCronSchedule($"0 {at.Minute} {at.Hour} ? * *", cron => cron.InTimeZone(sp.GetRequiredService<ReportSchedule>().Zone));
                },
                (_, job) => job.WithIdentity(MorningDigestJob.Key));
            q.ScheduleJob<AlertScanJob>(
                (sp, trigger) => trigger.WithIdentity("alert-scan-hourly", "rhythm")
                    .WithCronSchedule(AlertScanJob.Cron, cron => cron.InTimeZone(sp.GetRequiredService<ReportSchedule>().Zone)),
                (_, job) => job.WithIdentity(AlertScanJob.Key));
            q.AddJob<ReminderJob>(job => job.WithIdentity(ReminderJob.Key).StoreDurably());
        });
        builder.Services.AddHostedService<ReminderSchedule>();
        return builder;
    }
}
