namespace NorthPool.BotFramework.Schema;

public sealed record ChannelAccount(string Id, string? Name = null)
{
    public string? AadObjectId { get; init; }
}
