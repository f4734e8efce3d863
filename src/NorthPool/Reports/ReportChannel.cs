using NorthPool.BotFramework.Schema;

namespace NorthPool.Reports;

// The chairman's channel: where the scheduled reports go. Reference points at the channel itself (not a thread), so
// each report starts a thread of its own.
public sealed record ReportChannel
{
    public const string CurrentId = "chairman";

    public string Id { get; init; } = CurrentId;
    public ConversationReference Reference { get; init; } = null!;
    public string? RegisteredBy { get; init; }
    public DateTimeOffset RegisteredAt { get; init; }

    public string ChannelId => Reference.ConversationId;
}
