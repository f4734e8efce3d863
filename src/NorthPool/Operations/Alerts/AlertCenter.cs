using Microsoft.Extensions.Options;
using NorthPool.BotFramework.Outbound;
using NorthPool.BotFramework.Schema;
using NorthPool.CardViews;
using NorthPool.Localization;
using NorthPool.Proactive;
using NorthPool.Storage;

namespace NorthPool.Operations;

// Tells the admins when something breaks and when it mends. A kind raised again while it lasts is sent at most once
// an hour (Repeat); its recovery is announced once. The state is in memory: after a restart a problem that persists
// is simply reported again. Every alert is logged as well, whether or not a channel is set.
public sealed partial class AlertCenter(
    NorthPoolDb db,
    StoreWriter writer,
    ConversationReferenceStore conversations,
    ConnectorClient connector,
    DisplayClock clock,
    IOptions<OperationsOptions> options,
    IOptions<LanguageOptions> languages,
    TimeProvider timeProvider,
    ILogger<AlertCenter> logger)
{
    public static readonly TimeSpan Repeat = TimeSpan.FromHours(1);

    private readonly Lock _gate = new();
    private readonly Dictionary<AlertKind, Active> _active = [];

    private Language Language => LanguageExtensions.FromTag(languages.Value.DefaultLanguage) ?? Language.ZhCn;

    public bool IsActive(AlertKind kind)
    {
        lock (_gate)
            return _active.ContainsKey(kind);
    }

    public AlertChannel? Channel()
    {
        if (db.AlertChannels.FindById(AlertChannel.CurrentId) is { } registered)
            return registered;
        if (options.Value.AlertChannelConversationId is { Length: > 0 } configured && conversations.FindChannel(configured) is { } reference)
            return new AlertChannel { Reference = reference };
        return null;
    }

    public async Task RegisterAsync(Activity activity, string memberId, CancellationToken cancellationToken)
    {
        var channel = new AlertChannel
        {
            Reference = ConversationReferenceStore.ChannelOf(activity),
            RegisteredBy = memberId,
            RegisteredAt = timeProvider.GetUtcNow(),
        };
        await writer.WriteAsync(() => db.AlertChannels.Upsert(channel), cancellationToken);
    }

    // detail: what happened, in a line (an error from outside stays as it came). Sent unless the same kind went out
    // less than Repeat ago; one that could not be sent (no channel yet) goes out at the next raise.
    public async Task RaiseAsync(AlertKind kind, string detail, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        DateTimeOffset since;
        lock (_gate)
        {
            if (_active.TryGetValue(kind, out var active) && active.LastSent is { } last && now - last < Repeat)
                return;
            since = active?.Since ?? now;
            _active[kind] = new Active(since, now);
        }
        LogRaised(logger, kind, detail);
        if (!await SendAsync(AlertCard.Raised(kind, detail, clock.Local(since), Language), cancellationToken))
        {
            lock (_gate)
            {
                if (_active.TryGetValue(kind, out var active) && active.LastSent == now)
                    _active[kind] = active with { LastSent = null };
            }
        }
    }

    public async Task ClearAsync(AlertKind kind, CancellationToken cancellationToken)
    {
        Active? ended;
        lock (_gate)
        {
            if (!_active.Remove(kind, out ended))
                return;
        }
        LogCleared(logger, kind);
        if (ended.LastSent is not null)
            await SendAsync(AlertCard.Recovered(kind, clock.Local(ended.Since), clock.Local(timeProvider.GetUtcNow()), Language), cancellationToken);
    }

    private async Task<bool> SendAsync(Cards.AdaptiveCard card, CancellationToken cancellationToken)
    {
        if (Channel() is not { } channel)
        {
            LogNoChannel(logger);
            return false;
        }
        try
        {
            var outcome = await connector.SendAsync(channel.Reference.ServiceUrl, channel.Reference.ConversationId, CardMessage.For(card), cancellationToken);
            if (!outcome.IsSuccess)
                LogNotSent(logger, outcome.HttpStatus, outcome.Error);
            return outcome.IsSuccess;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            LogNotSent(logger, 0, ex.Message);
            return false;
        }
    }

    // LastSent is null while the alert has not reached the channel.
    private sealed record Active(DateTimeOffset Since, DateTimeOffset? LastSent);

    [LoggerMessage(LogLevel.Error, "Alert {Kind}: {Detail}")]
    private static partial void LogRaised(ILogger logger, AlertKind kind, string detail);

    [LoggerMessage(LogLevel.Information, "Alert {Kind} recovered")]
    private static partial void LogCleared(ILogger logger, AlertKind kind);

    [LoggerMessage(LogLevel.Warning, "An alert was not sent: no alert channel is set (设为告警频道 or Operations:AlertChannelConversationId)")]
    private static partial void LogNoChannel(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "An alert could not be sent to the alert channel: {HttpStatus} {Error}")]
    private static partial void LogNotSent(ILogger logger, int httpStatus, string? error);
}
