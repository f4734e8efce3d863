using System.Globalization;
using Microsoft.Extensions.Options;
using NorthPool.BotFramework.Outbound;
using NorthPool.BotFramework.Schema;
using NorthPool.Cards;
using NorthPool.Commands;
using NorthPool.Localization;

namespace NorthPool.Reports;

// "/汇报" or "/report": the current report as a card to whoever asks; "/report text" (文本) the plain-text layout;
// "/report refresh" (刷新) updates the last scheduled report card in place. "/设为汇报频道" (/report-here) makes the
// conversation it is typed in the chairman's channel (admins only).
public sealed class ReportCommand(
    ProgressReportBuilder builder,
    ProgressReportCard card,
    ReportTextLayout layout,
    ReportChannels channels,
    ReportRuns runs,
    ReportSchedule schedule,
    ReportOpening opening,
    ConnectorClient connector,
    IOptions<ReportOptions> options,
    TimeProvider timeProvider)
{
    public async Task<Reply> HandleAsync(string args, CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        switch (args.Trim().ToLowerInvariant())
        {
            case "text" or "文本":
                return new Reply($"```\n{layout.Render(Current(), language, builder.Zone, Opening(language))}\n```");
            case "refresh" or "刷新":
                return await RefreshAsync(language, cancellationToken);
            default:
                return new Reply(ReportTexts.Get(language, ReportText.Title)) { Card = card.Build(Current(), language, builder.Zone, Opening(language)) };
        }
    }

    public async Task<Reply> RegisterChannelAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (!context.Member.IsAdmin || context.Activity is null)
            return new Reply(Texts.Get(language, TextId.ReportChannelForbidden));
        await channels.RegisterAsync(context.Activity, context.Member.Id, cancellationToken);
        var hours = string.Join(language == Language.ZhCn ? "、" : ", ", options.Value.EffectiveHours.Order());
        return new Reply(Texts.Get(language, TextId.ReportChannelSet, hours, options.Value.TimeZone));
    }

    private string? Opening(Language language) =>
        opening.For(language, channels.Current() is { } channel ? runs.LatestSent(channel.ChannelId)?.Slot : null);

    private ProgressReport Current() =>
        builder.Build(timeProvider.GetUtcNow(), channels.Current() is { } channel ? runs.LatestSent(channel.ChannelId)?.Snapshot : null);

    private async Task<Reply> RefreshAsync(Language language, CancellationToken cancellationToken)
    {
        if (channels.Current() is not { } channel || runs.LatestSent(channel.ChannelId) is not { ActivityId: { } activityId } run)
            return new Reply(Texts.Get(language, TextId.ReportNothingToRefresh));

        var now = timeProvider.GetUtcNow();
        var channelLanguage = LanguageExtensions.FromTag(options.Value.Language) ?? Language.ZhCn;
        var report = builder.Build(now, runs.LatestBefore(channel.ChannelId, run.Slot)?.Snapshot) with
        {
            At = TimeZoneInfo.ConvertTime(run.Slot, schedule.Zone),
        };
        var refreshed = card.Build(report, channelLanguage, builder.Zone, opening.For(channelLanguage, runs.LatestBefore(channel.ChannelId, run.Slot)?.Slot), refreshedAt: now);
        await connector.UpdateAsync(channel.Reference.ServiceUrl, channel.ChannelId, activityId,
            Activity.Card(Attachment.AdaptiveCard(CardJson.ToElement(refreshed))), cancellationToken);
        var local = TimeZoneInfo.ConvertTime(now, schedule.Zone).ToString("HH:mm", CultureInfo.InvariantCulture);
        return new Reply(Texts.Get(language, TextId.ReportRefreshed, report.At.ToString("HH:mm", CultureInfo.InvariantCulture), local));
    }
}
