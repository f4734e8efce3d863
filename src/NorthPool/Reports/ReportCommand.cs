using System.Globalization;
using Microsoft.Extensions.Options;
using NorthPool.BotFramework.Outbound;
using NorthPool.CardViews;
using NorthPool.Commands;
using NorthPool.Localization;

namespace NorthPool.Reports;

// "/汇报" or "/report": the current report as a card to whoever asks; "/report text" (文本) the plain-text layout;
// "/report refresh" (刷新) updates the last scheduled report card in place (admins and the chairman only); any other
// word is refused with these modes. "/设为汇报频道" (/report-here) makes the conversation it is typed in the
// chairman's channel (admins only).
public sealed class ReportCommand(
    ProgressReportBuilder builder,
    ProgressReportCard card,
    ReportTextLayout layout,
    ReportChannels channels,
    ReportRuns runs,
    ReportOpening opening,
    Chairman chairman,
    ConnectorClient connector,
    IOptions<ReportOptions> options,
    TimeProvider timeProvider)
{
    private enum Mode
    {
        Card,
        Text,
        Refresh,
    }

    public async Task<Reply> HandleAsync(string args, CommandText text, CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (ModeOf(args) is not { } mode)
            return new Reply(Texts.Get(language, TextId.ReportUnknownMode, text.Original(args).Trim()));
        var member = context.Member;
        if (mode == Mode.Refresh && !member.IsAdmin && !chairman.Is(member.Id, member.AadObjectId))
            return new Reply(Texts.Get(language, TextId.ReportRefreshForbidden));

        var channel = channels.Current();
        var lastSent = channel is null ? null : runs.LatestSent(channel.ChannelId);
        if (mode == Mode.Refresh)
            return await RefreshAsync(channel, lastSent, language, cancellationToken);

        // Compared with the last report the channel got, and opening with how its instructions stand.
        var report = builder.Build(timeProvider.GetUtcNow(), lastSent?.Snapshot);
        var opened = opening.For(language, lastSent?.Slot);
        return mode == Mode.Text
            ? new Reply($"```\n{layout.Render(report, language, builder.Zone, opened)}\n```")
            : new Reply(ReportTexts.Get(language, ReportText.Title)) { Card = card.Build(report, language, builder.Zone, opened) };
    }

    private static Mode? ModeOf(string args) => args.Trim().ToLowerInvariant() switch
    {
        "" => Mode.Card,
        "text" or "文本" => Mode.Text,
        "refresh" or "刷新" => Mode.Refresh,
        _ => null,
    };

    public async Task<Reply> RegisterChannelAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (!context.Member.IsAdmin || context.Activity is null)
            return new Reply(Texts.Get(language, TextId.ReportChannelForbidden));
        await channels.RegisterAsync(context.Activity, context.Member.Id, cancellationToken);
        var hours = string.Join(language.ListSeparator(), options.Value.EffectiveHours.Order());
        return new Reply(Texts.Get(language, TextId.ReportChannelSet, hours, options.Value.TimeZone));
    }

    // The last sent report card, rebuilt from today's data against the report before it.
    private async Task<Reply> RefreshAsync(ReportChannel? channel, ReportRun? lastSent, Language language, CancellationToken cancellationToken)
    {
        if (channel is null || lastSent is not { ActivityId: { } activityId } run)
            return new Reply(Texts.Get(language, TextId.ReportNothingToRefresh));

        var now = timeProvider.GetUtcNow();
        var channelLanguage = options.Value.ChannelLanguage;
        var before = runs.LatestBefore(channel.ChannelId, run.Slot);
        var report = builder.Build(now, before?.Snapshot) with { At = TimeZoneInfo.ConvertTime(run.Slot, builder.Zone) };
        var refreshed = card.Build(report, channelLanguage, builder.Zone, opening.For(channelLanguage, before?.Slot), refreshedAt: now);
        await connector.UpdateAsync(channel.Reference.ServiceUrl, channel.ChannelId, activityId, CardMessage.For(refreshed), cancellationToken);
        var local = TimeZoneInfo.ConvertTime(now, builder.Zone).ToString("HH:mm", CultureInfo.InvariantCulture);
        return new Reply(Texts.Get(language, TextId.ReportRefreshed, report.At.ToString("HH:mm", CultureInfo.InvariantCulture), local));
    }
}
