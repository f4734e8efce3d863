using Microsoft.Extensions.Logging;
using NorthPool.BotFramework.Outbound;
using NorthPool.BotFramework.Schema;
using NorthPool.CardViews;
using NorthPool.Localization;
using NorthPool.Proactive;

namespace NorthPool.Reports;

// Puts an instruction in its owner's personal chat: the one the bot already has with them, else a new one created
// through the connector (and remembered).
public sealed partial class DirectiveNotifier(
    ConversationReferenceStore conversations,
    ConnectorClient connector,
    DirectiveCard cards,
    ILogger<DirectiveNotifier> logger)
{
    public async Task<bool> NotifyAsync(Directive directive, Activity from, Language language, CancellationToken cancellationToken)
    {
        var card = CardMessage.For(cards.Build(directive, language), ReportTexts.Get(language, ReportText.DirectiveTitle, directive.Id));
        var personal = conversations.FindPersonal(directive.OwnerId!);
        var serviceUrl = personal?.ServiceUrl ?? from.ServiceUrl!;
        var conversationId = personal?.ConversationId;
        if (conversationId is null)
        {
            var tenant = from.TenantId;
            var parameters = new ConversationParameters(false, from.Recipient, [new ChannelAccount(directive.OwnerId!)], tenant, null,
                tenant is null ? null : new { tenant = new { id = tenant } });
            var (created, conversation) = await connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken);
            if (!created.IsSuccess || conversation is null)
            {
                LogNotDelivered(logger, directive.Id, directive.OwnerId!, created.HttpStatus, created.Error);
                return false;
            }
            conversationId = conversation.Id;
            await conversations.SaveAsync(new ConversationReference(serviceUrl, conversationId, "personal", tenant, from.Recipient?.Id, directive.OwnerId, null), cancellationToken);
        }

        var sent = await connector.SendAsync(serviceUrl, conversationId, card, cancellationToken);
        if (!sent.IsSuccess)
            LogNotDelivered(logger, directive.Id, directive.OwnerId!, sent.HttpStatus, sent.Error);
        return sent.IsSuccess;
    }

    [LoggerMessage(LogLevel.Warning, "Instruction {DirectiveId} could not be delivered to {OwnerId}: {HttpStatus} {Error}")]
    private static partial void LogNotDelivered(ILogger logger, long directiveId, string ownerId, int httpStatus, string? error);
}
