using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NorthPool.BotFramework.Outbound;
using NorthPool.CardViews;
using NorthPool.Localization;

namespace NorthPool.Reports;

// Sends one slot's report to the chairman's channel, exactly once: the run is claimed before the send and settled
// after it. The connector's own handler retries 429/5xx with back-off; what still fails is recorded as Failed, and
// the next report says so. A slot left Sending (a crash mid-send) is never sent again either, and the next report
// names it too, as not confirmed.
public sealed partial class ReportDelivery(
    ReportChannels channels,
    ReportRuns runs,
    ProgressReportBuilder builder,
    ProgressReportCard cards,
    ReportOpening opening,
    ConnectorClient connector,
    Operations.AlertCenter alerts,
    Operations.NorthPoolMetrics metrics,
    IOptions<ReportOptions> options,
    TimeProvider timeProvider,
    ILogger<ReportDelivery> logger)
{
    public Language Language => options.Value.ChannelLanguage;

    public async Task<ReportRun?> DeliverAsync(DateTimeOffset slot, bool catchUp, CancellationToken cancellationToken)
    {
        if (channels.Current() is not { } channel)
        {
            LogNoChannel(logger, slot);
            metrics.Report("no_channel");
            await alerts.RaiseAsync(Operations.AlertKind.ReportUndelivered, $"{Local(slot)}: no chairman channel is registered (设为汇报频道 or Reports:ChannelConversationId)", cancellationToken);
            return null;
        }

        var now = timeProvider.GetUtcNow();
        var run = new ReportRun { Id = ReportRun.IdFor(channel.ChannelId, slot), ChannelId = channel.ChannelId, Slot = slot, CatchUp = catchUp, StartedAt = now };
        if (!await runs.TryBeginAsync(run, cancellationToken))
        {
            LogAlreadyRun(logger, slot, channel.ChannelId);
            return null;
        }

        var lastSent = runs.LatestSent(channel.ChannelId);
        var report = builder.Build(now, lastSent?.Snapshot) with
        {
            At = TimeZoneInfo.ConvertTime(slot, builder.Zone),
            CatchUpOf = catchUp ? TimeZoneInfo.ConvertTime(slot, builder.Zone) : null,
            Undelivered = runs.UndeliveredBefore(channel.ChannelId, slot),
        };
        var card = cards.Build(report, Language, builder.Zone, opening.For(Language, lastSent?.Slot), refreshedAt: catchUp ? now : null);
        var activity = CardMessage.For(card, ReportTexts.Get(Language, ReportText.Title));

        var outcome = await connector.SendAsync(channel.Reference.ServiceUrl, channel.ChannelId, activity, cancellationToken);
        var settled = outcome.IsSuccess
            ? run with { Status = ReportRunStatus.Sent, ActivityId = outcome.ActivityId, Snapshot = report.Snapshot(), FinishedAt = timeProvider.GetUtcNow() }
            : run with { Status = ReportRunStatus.Failed, Error = $"{outcome.HttpStatus} {outcome.Error}", FinishedAt = timeProvider.GetUtcNow() };
        await runs.SaveAsync(settled, cancellationToken);
        if (outcome.IsSuccess)
        {
            LogSent(logger, slot, channel.ChannelId, catchUp);
            metrics.Report("sent");
            await alerts.ClearAsync(Operations.AlertKind.ReportUndelivered, cancellationToken);
        }
        else
        {
            LogFailed(logger, slot, channel.ChannelId, outcome.HttpStatus, outcome.Error);
            metrics.Report("failed");
            await alerts.RaiseAsync(Operations.AlertKind.ReportUndelivered, $"{Local(slot)} → {channel.ChannelId}: {outcome.HttpStatus} {outcome.Error}", cancellationToken);
        }
        return settled;
    }

    private string Local(DateTimeOffset slot) =>
        TimeZoneInfo.ConvertTime(slot, builder.Zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(LogLevel.Warning, "Report slot {Slot} not sent: no chairman channel is registered (/设为汇报频道 or Reports:ChannelConversationId)")]
    private static partial void LogNoChannel(ILogger logger, DateTimeOffset slot);

    [LoggerMessage(LogLevel.Information, "Report slot {Slot} for {ChannelId} already has a run; not sending again")]
    private static partial void LogAlreadyRun(ILogger logger, DateTimeOffset slot, string channelId);

    [LoggerMessage(LogLevel.Information, "Report slot {Slot} sent to {ChannelId} (catch-up: {CatchUp})")]
    private static partial void LogSent(ILogger logger, DateTimeOffset slot, string channelId, bool catchUp);

    [LoggerMessage(LogLevel.Error, "Report slot {Slot} to {ChannelId} failed: {HttpStatus} {Error}")]
    private static partial void LogFailed(ILogger logger, DateTimeOffset slot, string channelId, int httpStatus, string? error);
}
