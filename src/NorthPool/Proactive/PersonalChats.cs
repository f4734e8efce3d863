using Microsoft.Extensions.Logging;
using NorthPool.BotFramework.Outbound;
using NorthPool.BotFramework.Schema;

namespace NorthPool.Proactive;

// Sends a message to one member's personal chat with the bot: the chat the bot already has with them, else one
// created through the connector (and remembered). "Via" is any conversation the bot knows in the same tenant (the
// turn's own, or a stored one for scheduled work): it gives the service URL, the bot's id and the tenant.
public sealed partial class PersonalChats(
    ConversationReferenceStore conversations,
    ConnectorClient connector,
    ILogger<PersonalChats> logger)
{
    public async Task<SendOutcome> SendAsync(string memberId, Activity message, ConversationReference? via, CancellationToken cancellationToken)
    {
        var personal = conversations.FindPersonal(memberId);
        via ??= personal ?? conversations.AnyForProactive();
        if (personal is null && via is null)
        {
            LogNoWay(logger, memberId);
            return new SendOutcome(SendStatus.Failed, 0, null, "no conversation known to reach this member through");
        }

        var serviceUrl = personal?.ServiceUrl ?? via!.ServiceUrl;
        var conversationId = personal?.ConversationId;
        if (conversationId is null)
        {
            var tenant = via!.TenantId;
            var bot = via.BotId is null ? null : new ChannelAccount(via.BotId);
            var parameters = new ConversationParameters(false, bot, [new ChannelAccount(memberId)], tenant, null,
                tenant is null ? null : new { tenant = new { id = tenant } });
            var (created, conversation) = await connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken);
            if (!created.IsSuccess || conversation is null)
            {
                LogNotDelivered(logger, memberId, created.HttpStatus, created.Error);
                return created;
            }
            conversationId = conversation.Id;
            await conversations.SaveAsync(new ConversationReference(serviceUrl, conversationId, "personal", tenant, via.BotId, memberId, null), cancellationToken);
        }

        var sent = await connector.SendAsync(serviceUrl, conversationId, message, cancellationToken);
        if (!sent.IsSuccess)
            LogNotDelivered(logger, memberId, sent.HttpStatus, sent.Error);
        return sent;
    }

    [LoggerMessage(LogLevel.Warning, "Personal message to {MemberId} not delivered: {HttpStatus} {Error}")]
    private static partial void LogNotDelivered(ILogger logger, string memberId, int httpStatus, string? error);

    [LoggerMessage(LogLevel.Warning, "No conversation is known through which to reach {MemberId}")]
    private static partial void LogNoWay(ILogger logger, string memberId);
}
