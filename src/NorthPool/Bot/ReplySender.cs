using Microsoft.Extensions.Logging;
using NorthPool.BotFramework.Outbound;
using NorthPool.BotFramework.Schema;
using NorthPool.Cards;
using NorthPool.CardViews;

namespace NorthPool.Bot;

public sealed partial class ReplySender(ConnectorClient connector, ILogger<ReplySender> logger)
{
    public async Task<SendOutcome> ReplyAsync(Activity to, string text, AdaptiveCard? card, CancellationToken cancellationToken)
    {
        var reply = card is null
            ? Activity.Message(text)
            : CardMessage.For(card, text);
        var outcome = to.Id is null
            ? await connector.SendAsync(to.ServiceUrl!, to.Conversation!.Id, reply, cancellationToken)
            : await connector.ReplyAsync(to.ServiceUrl!, to.Conversation!.Id, to.Id, reply, cancellationToken);
        Report(outcome, to.Conversation.Id);
        return outcome;
    }

    public async Task<SendOutcome> SendAsync(Activity to, string text, CancellationToken cancellationToken)
    {
        var outcome = await connector.SendAsync(to.ServiceUrl!, to.Conversation!.Id, Activity.Message(text), cancellationToken);
        Report(outcome, to.Conversation.Id);
        return outcome;
    }

    private void Report(SendOutcome outcome, string conversationId)
    {
        if (!outcome.IsSuccess)
            LogSendFailed(logger, conversationId, outcome.Status, outcome.HttpStatus, outcome.Error);
    }

    [LoggerMessage(LogLevel.Warning, "Reply to {ConversationId} failed: {Status} ({HttpStatus}) {Error}")]
    private static partial void LogSendFailed(ILogger logger, string conversationId, SendStatus status, int httpStatus, string? error);
}
