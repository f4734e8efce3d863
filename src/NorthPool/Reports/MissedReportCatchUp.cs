using Microsoft.Extensions.Hosting;

namespace NorthPool.Reports;

// At start-up: if the latest slot (within the last two hours, i.e. before the next one is due, and after the channel
// was registered) has no run, it was missed while the bot was down. Send that one slot, marked 补发 — only the
// latest, never a flood of old ones.
public sealed class MissedReportCatchUp(ReportSchedule schedule, ReportChannels channels, ReportDelivery delivery, TimeProvider timeProvider) : BackgroundService
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var now = timeProvider.GetUtcNow();
        if (schedule.LatestAtOrBefore(now) is { } slot && now - slot < Window && channels.Current() is { } channel && slot >= channel.RegisteredAt)
            await delivery.DeliverAsync(slot, catchUp: true, stoppingToken);
    }
}
