using NorthPool.Members;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NorthPool.Pools;
using NorthPool.Tasks;

namespace NorthPool.Rhythm;

// Every hour (and after each scheduled refresh): the alerts true now go to whom they concern, once per task, kind and
// recipient; in the quiet hours non-P0 ones are held. Then what the quiet hours held is sent if it is still true
// (an alert still detected; a reminder of today for a task still open and still theirs) or dropped.
public sealed partial class AlertScan(
    TaskStore tasks,
    PeriodCalendar calendar,
    RoleStore roles,
    RhythmSends sends,
    RhythmDelivery delivery,
    QuietHours quiet,
    IOptionsMonitor<RhythmOptions> options,
    TimeProvider timeProvider,
    ILogger<AlertScan> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var alerts = AlertRules.Detect(tasks.Open(), now, calendar, options.CurrentValue, LeadIdsOf);
        var sent = 0;
        foreach (var group in alerts.GroupBy(n => n.Recipient, StringComparer.Ordinal))
            sent += await delivery.DeliverAsync(group.Key, group.ToList(), cancellationToken);

        var detected = alerts.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var stale = new List<string>();
        var reminders = new List<RhythmNotice>();
        var today = calendar.Today(now);
        foreach (var row in sends.Held())
        {
            if (row.Kind != RhythmKind.Reminder)
            {
                if (!detected.Contains(row.Id))
                    stale.Add(row.Id);
                continue;
            }
            var task = row.TaskId is null ? null : tasks.Find(row.TaskId);
            var notice = task is null ? null : new RhythmNotice(RhythmKind.Reminder, task, row.MemberId, today, row.At);
            if (notice is null || notice.Id != row.Id || !TaskTransitions.IsOpen(task!.State) || !AlertRules.ReminderRecipients(task, LeadIdsOf).Contains(row.MemberId))
                stale.Add(row.Id);
            else
                reminders.Add(notice);
        }
        if (stale.Count > 0)
            await sends.DropAsync(stale, now, cancellationToken);
        if (!quiet.IsQuiet(now))
        {
            foreach (var group in reminders.GroupBy(n => n.Recipient, StringComparer.Ordinal))
                sent += await delivery.DeliverAsync(group.Key, group.ToList(), cancellationToken);
        }
        LogScanned(logger, now, alerts.Count, sent, stale.Count);
        return sent;
    }

    [LoggerMessage(LogLevel.Information, "Rhythm scan at {At}: {Alerts} alerts true, {Sent} notices sent, {Dropped} held ones dropped")]
    private static partial void LogScanned(ILogger logger, DateTimeOffset at, int alerts, int sent, int dropped);

    private IReadOnlyList<string> LeadIdsOf(string pool) => roles.LeadsOf(pool).Select(g => g.MemberId).ToList();
}
