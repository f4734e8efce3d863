namespace NorthPool.BotFramework.Schema;

public sealed record ConversationAccount(string Id)
{
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public bool? IsGroup { get; init; }
    public string? Name { get; init; }
}
