namespace NorthPool.BotFramework.Schema;

public sealed record ConversationParameters(
    bool IsGroup,
    ChannelAccount? Bot,
    IReadOnlyList<ChannelAccount>? Members,
    string? TenantId,
    Activity? Activity,
    object? ChannelData);

public sealed record ConversationResourceResponse(string Id, string? ActivityId, string? ServiceUrl);
