using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NorthPool.Commands;
using NorthPool.Exports;
using NorthPool.Members;
using NorthPool.Storage;
using Quartz;

namespace NorthPool.Reports;

public static class ReportsRegistration
{
    // The chairman's report: its options, builder, schedule (Quartz on the app clock), delivery, instructions, verbs.
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder)
    {
        builder.Services.AddStoreCollections(ReportCollections.All);
        builder.Services.AddOptionsWithValidateOnStart<ReportOptions>().Bind(builder.Configuration.GetSection(ReportOptions.Section));
        builder.Services.AddSingleton<IValidateOptions<ReportOptions>, ReportOptionsValidator>();
        builder.Services.TryAddSingleton<ICrmFigureSource, NoCrmFigureSource>();
        builder.Services.AddSingleton<ProgressReportBuilder>();
        builder.Services.AddExportSheet<ReportSheet>();
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

        builder.Services.AddVerb(new VerbSpec("report", ["汇报"], ["report"])
        {
            HelpZh = "汇报 [文本|刷新] — 当前进度汇报（卡片、纯文本，或刷新已发出的汇报：仅管理员和董事长）",
            HelpEn = "report [text|refresh] — the current progress report (card, plain text, or refresh the one sent: admins and the chairman only)",
        }, sp => (call, ct) => sp.GetRequiredService<ReportCommand>().HandleAsync(call.Args, call.Text, call.Context, ct));
        builder.Services.AddVerb(new VerbSpec("report-here", ["设为汇报频道"], ["report-here"])
        {
            Permission = new Permission(Grantee.Admin), ChecksInHandler = true,
            HelpZh = "设为汇报频道 — 在本频道接收定时汇报（管理员）", HelpEn = "report-here — send the scheduled reports to this channel (admins)",
        }, sp => (call, ct) => sp.GetRequiredService<ReportCommand>().RegisterChannelAsync(call.Context, ct));
        builder.Services.AddVerb(new VerbSpec("instruct", ["指示"], ["instruct"])
        {
            Permission = new Permission(Grantee.Chairman), ChecksInHandler = true,
            HelpZh = "指示 BD-003 本周提交投标文件 — 董事长下达指示", HelpEn = "instruct BD-003 hand in the bid this week — the chairman's instruction",
        }, sp => (call, ct) => sp.GetRequiredService<InstructCommand>().InstructAsync(call.Args, call.Text, call.Context, ct));
        builder.Services.AddVerb(new VerbSpec("ack", ["收到"], ["ack"])
        {
            ChecksInHandler = true,
            HelpZh = "收到 #3 / 已落实 #3 — 指示负责人确认、落实", HelpEn = "ack #3 / fulfil #3 — the owner acknowledges, then closes an instruction",
        }, sp => (call, ct) => sp.GetRequiredService<InstructCommand>().AdvanceAsync(call.Args, DirectiveState.InProgress, call.Context, ct));
        builder.Services.AddVerb(new VerbSpec("fulfil", ["已落实"], ["fulfil"]) { ChecksInHandler = true },
            sp => (call, ct) => sp.GetRequiredService<InstructCommand>().AdvanceAsync(call.Args, DirectiveState.Done, call.Context, ct));
        builder.Services.AddVerb(new VerbSpec("set-chairman", ["设为董事长"], ["set-chairman"])
        {
            Permission = new Permission(Grantee.Admin), ChecksInHandler = true,
            HelpZh = "设为董事长 @王董事长 — 指定董事长（管理员）", HelpEn = "set-chairman @Wang — name the chairman (admins)",
        }, sp => (call, ct) => sp.GetRequiredService<InstructCommand>().SetChairmanAsync(call.Context, ct));
        return builder;
    }
}
