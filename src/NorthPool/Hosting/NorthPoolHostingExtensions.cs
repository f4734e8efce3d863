using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NorthPool.Bot;
using NorthPool.BotFramework;
using NorthPool.BotFramework.Inbound;
using NorthPool.CardViews;
using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Members;
using NorthPool.Pools;
using NorthPool.Proactive;
using NorthPool.Reports;
using NorthPool.Rhythm;
using NorthPool.Storage;
using Quartz;
using NorthPool.Tasks;

namespace NorthPool.Hosting;

public static class NorthPoolHostingExtensions
{
    public static WebApplicationBuilder AddNorthPool(this WebApplicationBuilder builder)
    {
        builder.AddDebugClock();
        builder.AddBotFramework();
        builder.AddStorage();
        builder.AddPools();
        builder.AddTasks();
        builder.AddBot();
        builder.AddReports();
        builder.AddRhythm();
        return builder;
    }

    public static WebApplication MapNorthPool(this WebApplication app)
    {
        app.MapBotEndpoint("/api/messages");
        app.MapReportDebugEndpoints();
        app.MapPoolDebugEndpoints();
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        return app;
    }

    private static void AddStorage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptionsWithValidateOnStart<StorageOptions>().Bind(builder.Configuration.GetSection(StorageOptions.Section));
        builder.Services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        builder.Services.AddSingleton<NorthPoolDb>();
        builder.Services.AddSingleton<StoreWriter>();
    }

    private static void AddTasks(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptionsWithValidateOnStart<NorthPoolOptions>().Bind(builder.Configuration.GetSection(NorthPoolOptions.Section));
        builder.Services.AddSingleton<IValidateOptions<NorthPoolOptions>, NorthPoolOptionsValidator>();
        builder.Services.AddSingleton<TaskStore>();
        builder.Services.AddSingleton<TaskResolver>();
        builder.Services.AddSingleton<PoolNames>();
        builder.Services.AddSingleton<DisplayClock>();
        builder.Services.AddSingleton<MemberPreferenceStore>();
        builder.Services.AddSingleton<LanguageResolver>();
        builder.Services.AddSingleton<MoveCommand>();
        builder.Services.AddSingleton<MovePresenter>();
        builder.Services.AddSingleton<TaskLists>();
        builder.Services.AddSingleton<ShowCommand>();
        builder.Services.AddSingleton<ListCommand>();
        builder.Services.AddSingleton<LanguageCommand>();
        builder.Services.AddSingleton<CommandDispatcher>();
    }

    private static void AddReports(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptionsWithValidateOnStart<ReportOptions>().Bind(builder.Configuration.GetSection(ReportOptions.Section));
        builder.Services.AddSingleton<IValidateOptions<ReportOptions>, ReportOptionsValidator>();
        builder.Services.TryAddSingleton<ICrmFigureSource, NoCrmFigureSource>();
        builder.Services.AddSingleton<ProgressReportBuilder>();
        builder.Services.AddSingleton<ReportFormat>();
        builder.Services.AddSingleton<ReportSections>();
        builder.Services.AddSingleton<ReportTextLayout>();
        builder.Services.AddSingleton<ProgressReportCard>();
        builder.Services.AddSingleton<ReportCommand>();
        builder.Services.AddSingleton<ReportSchedule>();
        builder.Services.AddSingleton<ReportRuns>();
        builder.Services.AddSingleton<ReportChannels>();
        builder.Services.AddSingleton<ReportOpening>();
        builder.Services.AddSingleton<Directives>();
        builder.Services.AddSingleton<Chairman>();
        builder.Services.AddSingleton<DirectiveCard>();
        builder.Services.AddSingleton<DirectiveNotifier>();
        builder.Services.AddSingleton<InstructCommand>();
        builder.Services.AddSingleton<ReportDelivery>();
        builder.Services.AddHostedService<MissedReportCatchUp>();

        // Quartz runs on the app's own clock, so a test's FakeTimeProvider also governs the scheduler.
        // The trigger is built from the validated options, after start-up validation has named any bad key.
        var time = builder.Services.LastOrDefault(d => d.ServiceType == typeof(TimeProvider))?.ImplementationInstance as TimeProvider ?? TimeProvider.System;
        builder.Services.AddQuartz(q =>
        {
            q.UseTimeProvider(time);
            q.ScheduleJob<ProgressReportJob>(
                (sp, trigger) =>
                {
                    var schedule = sp.GetRequiredService<ReportSchedule>();
                    trigger.WithIdentity("progress-report-slots").WithCronSchedule(schedule.Cron, cron => cron.InTimeZone(schedule.Zone));
                },
                (_, job) => job.WithIdentity(ProgressReportJob.Key));
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
    }

    private static void AddBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptionsWithValidateOnStart<CardOptions>().Bind(builder.Configuration.GetSection(CardOptions.Section));
        builder.Services.AddSingleton<IValidateOptions<CardOptions>, CardOptionsValidator>();
        builder.Services.AddSingleton<TaskCardBuilder>();
        builder.Services.AddSingleton<TaskListCardBuilder>();
        builder.Services.AddSingleton<TaskCardPosts>();
        builder.Services.AddSingleton<CardAudience>();
        builder.Services.AddSingleton<TaskCardUpdater>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<TaskCardUpdater>());
        builder.Services.AddSingleton<ConversationReferenceStore>();
        builder.Services.AddSingleton<PersonalChats>();
        builder.Services.AddSingleton<MemberDirectory>();
        builder.Services.AddSingleton<ReplySender>();
        builder.Services.AddSingleton<IActivityHandler, NorthPoolBot>();
    }
}
