namespace NorthPool.BotFramework.Schema;

public static class ConversationIds
{
    // A Teams channel thread is "<channelId>;messageid=<root>"; the channel itself is the part before it.
    public static string ChannelOf(string conversationId) => conversationId.Split(";messageid=", 2)[0];
}
