using Microsoft.Extensions.Logging;

namespace NorthPool.BotFramework;

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Bot request refused with {Status}: {Reason}")]
    public static partial void RequestRefused(ILogger logger, int status, string reason);

    [LoggerMessage(2, LogLevel.Warning, "LOCAL MODE: BotFramework:AllowUnauthenticatedLocalRequests is on and no AppId is set. Requests without a token are accepted from loopback callers with a loopback serviceUrl only. Never run like this in production.")]
    public static partial void LocalModeOn(ILogger logger);

    [LoggerMessage(3, LogLevel.Warning, "No BotFramework:AppId is configured and the local bypass is off: every request to the messaging endpoint will be refused with 401")]
    public static partial void FailClosed(ILogger logger);

    [LoggerMessage(4, LogLevel.Information, "Redelivered activity {ActivityId} in {ConversationId} ignored")]
    public static partial void Duplicate(ILogger logger, string activityId, string conversationId);

    [LoggerMessage(5, LogLevel.Error, "Turn for activity {ActivityId} of type {ActivityType} failed")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string? activityId, string activityType);

    [LoggerMessage(6, LogLevel.Warning, "Turn for activity {ActivityId} timed out after {Timeout}")]
    public static partial void TurnTimedOut(ILogger logger, string? activityId, TimeSpan timeout);

    [LoggerMessage(7, LogLevel.Warning, "Connector answered {Outcome} for {Method} {Path}; retry {Attempt} in {Delay}")]
    public static partial void ConnectorRetry(ILogger logger, string outcome, string method, string path, int attempt, TimeSpan delay);

    [LoggerMessage(8, LogLevel.Warning, "Not attaching a token to untrusted serviceUrl host {Host}")]
    public static partial void UntrustedServiceHost(ILogger logger, string host);

    [LoggerMessage(9, LogLevel.Information, "Refreshing OpenID keys from {MetadataUrl} (unknown key id {KeyId})")]
    public static partial void RefreshingKeys(ILogger logger, string metadataUrl, string? keyId);

    [LoggerMessage(10, LogLevel.Information, "Ignoring activity of unhandled type {ActivityType}")]
    public static partial void IgnoredType(ILogger logger, string activityType);

    [LoggerMessage(11, LogLevel.Warning, "Fetching OpenID keys from {MetadataUrl} failed; keeping the keys fetched before: {HasKeys}")]
    public static partial void KeyFetchFailed(ILogger logger, Exception exception, string metadataUrl, bool hasKeys);
}
