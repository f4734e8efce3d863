using NorthPool.Localization;

namespace NorthPool.CardViews;

// A task card the bot posted: where it is, so a later change to the task can update it in place. A post written
// with the change it shows has no ActivityId until the reply is sent; ReplyToId (the turn's activity) finds it then.
public sealed record TaskCardPost
{
    public long Id { get; init; }
    public string TaskId { get; init; } = "";
    public string ServiceUrl { get; init; } = "";
    public string ConversationId { get; init; } = "";
    public string? ConversationType { get; init; }
    public string ActivityId { get; init; } = "";
    public string? ReplyToId { get; init; }
    public Language Language { get; init; }
    public DateTimeOffset PostedAt { get; init; }
}
