using Quartz;

namespace NorthPool.Rhythm;

// Fired at each template time of day (one trigger per distinct time, ReminderSchedule); the trigger names its time.
[DisallowConcurrentExecution]
public sealed class ReminderJob(ReminderRun reminders) : IJob
{
    public static readonly JobKey Key = new("template-reminders", "rhythm");

    public const string TimeKey = "time";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        if (RhythmOptions.TryParse(context.MergedJobDataMap.GetString(TimeKey), out var time))
            await reminders.RunAsync(time, cancellationToken);
    }
}
