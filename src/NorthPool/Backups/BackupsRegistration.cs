using Microsoft.Extensions.Options;
using NorthPool.Commands;
using NorthPool.Members;
using NorthPool.Reports;
using Quartz;

namespace NorthPool.Backups;

public static class BackupsRegistration
{
    // Hot backups of the database: daily on the report scheduler (after AddReports), and 备份 for admins. Restoring is
    // the program's `restore` command (BackupRestore), not a chat verb: it needs the bot stopped.
    public static WebApplicationBuilder AddBackups(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<BackupOptions>().Bind(builder.Configuration.GetSection(BackupOptions.Section));
        services.AddSingleton<IValidateOptions<BackupOptions>, BackupOptionsValidator>();
        services.AddSingleton<BackupMaker>();
        services.AddSingleton<BackupCommand>();
        services.AddHealthChecks().AddCheck<BackupHealthCheck>("backup", tags: [Operations.OperationsRegistration.ReadyTag]);
        // An empty Backups:Time schedules nothing (the options validator has already refused a malformed one).
        var time = builder.Configuration[$"{BackupOptions.Section}:Time"];
        var scheduled = time is null || !string.IsNullOrWhiteSpace(time);
        services.AddQuartz(q =>
        {
            if (scheduled)
            {
                q.ScheduleJob<BackupJob>(
                    (sp, trigger) =>
                    {
                        var at = sp.GetRequiredService<IOptions<BackupOptions>>().Value.At ?? new TimeOnly(3, 0);
                        trigger.WithIdentity("daily-backup-time", "backups")
                            .WithCronSchedule($"0 {at.Minute} {at.Hour} ? * *", cron => cron.InTimeZone(sp.GetRequiredService<ReportSchedule>().Zone));
                    },
                    (_, job) => job.WithIdentity(BackupJob.Key));
            }
            else
            {
                q.AddJob<BackupJob>(job => job.WithIdentity(BackupJob.Key).StoreDurably());
            }
        });
        services.AddVerb(new VerbSpec("backup", ["备份"], ["backup"])
        {
            Permission = new Permission(Grantee.Admin),
            ActionZh = "备份数据", ActionEn = "make a backup",
            HelpZh = "备份 — 立即备份全部数据并核对（管理员）", HelpEn = "backup — back up all data now and check the copy (admins)",
        }, sp => sp.GetRequiredService<BackupCommand>().HandleAsync);
        return builder;
    }
}
