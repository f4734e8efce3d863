using NorthPool.BotFramework.Schema;

namespace NorthPool.Operations;

// The admins' channel for alerts (设为告警频道, or Operations:AlertChannelConversationId).
public sealed record AlertChannel
{
    public const string CurrentId = "admins";

    public string Id { get; init; } = CurrentId;
    public ConversationReference Reference { get; init; } = null!;
    public string? RegisteredBy { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }
}
