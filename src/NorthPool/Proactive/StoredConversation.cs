using NorthPool.BotFramework.Schema;

namespace NorthPool.Proactive;

public sealed record StoredConversation
{
    public string ConversationId { get; init; } = "";
    public ConversationReference Reference { get; init; } = null!;
    public bool ServiceUrlVerified { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
