using Microsoft.Extensions.Logging;
using NorthPool.BotFramework;
using NorthPool.BotFramework.Schema;
using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Proactive;

namespace NorthPool.Bot;

// Routes an activity by type. Messages and card submits become commands; install events keep references fresh.
public sealed partial class NorthPoolBot(
    CommandDispatcher commands,
    ConversationReferenceStore conversations,
    MemberDirectory members,
    LanguageResolver languages,
    ReplySender replies,
    ILogger<NorthPoolBot> logger) : IActivityHandler
{
    public async Task<InvokeResponse?> OnActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope("{ActivityType} {ActivityId} in {ConversationId}", activity.Type, activity.Id, activity.Conversation?.Id);

        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await conversations.CaptureAsync(activity, cancellationToken);
                await OnMessageAsync(activity, cancellationToken);
                return null;
            case ActivityTypes.Invoke when activity.Name == "adaptiveCard/action":
                return await OnCardActionAsync(activity, cancellationToken);
            case ActivityTypes.Invoke:
                return null;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationAsync(activity, cancellationToken);
                return null;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateAsync(activity, cancellationToken);
                return null;
            default:
                return null;
        }
    }

    private async Task OnMessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        var fromCard = string.IsNullOrWhiteSpace(activity.Text) && activity.Value is not null;
        var text = fromCard ? CardActionText.FromSubmit(activity.Value!.Value) : MentionText.StripBotMention(activity);
        if (text is null)
        {
            var language = languages.Resolve(activity.From!.Id, null, activity.ClientLocale);
            await replies.ReplyAsync(activity, Texts.Get(language, TextId.UnknownCardAction), cancellationToken);
            return;
        }

        LogCommand(logger, activity.From!.Id, text.Length);
        var reply = await commands.HandleAsync(new CommandRequest(text, members.From(activity), activity.ClientLocale, activity.Id, fromCard), cancellationToken);
        await replies.ReplyAsync(activity, reply.Text, cancellationToken);
    }

    private async Task<InvokeResponse> OnCardActionAsync(Activity activity, CancellationToken cancellationToken)
    {
        var text = activity.Value is { } value ? CardActionText.FromExecute(value) : null;
        if (text is null)
            return InvokeResponse.Error(400, "BadRequest", "value.action.verb and data.taskId are required");
        var reply = await commands.HandleAsync(new CommandRequest(text, members.From(activity), activity.ClientLocale, activity.Id, FromCard: true), cancellationToken);
        return InvokeResponse.Message(reply.Text);
    }

    private async Task OnInstallationAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Action is "remove" or "remove-upgrade")
            await conversations.RemoveAsync(activity.Conversation!.Id, cancellationToken);
        else
            await conversations.CaptureAsync(activity, cancellationToken);
    }

    private async Task OnConversationUpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        if (activity.MembersRemoved?.Any(m => m.Id == botId) == true)
        {
            await conversations.RemoveAsync(activity.Conversation!.Id, cancellationToken);
            return;
        }
        if (activity.MembersAdded?.Any(m => m.Id == botId) != true)
            return;
        await conversations.CaptureAsync(activity, cancellationToken);
        if (activity.Conversation?.ConversationType == "personal")
        {
            var language = languages.Resolve(activity.From!.Id, null, activity.ClientLocale);
            await replies.SendAsync(activity, Texts.Get(language, TextId.Welcome), cancellationToken);
        }
    }

    [LoggerMessage(LogLevel.Information, "Command from {MemberId} ({Length} chars)")]
    private static partial void LogCommand(ILogger logger, string memberId, int length);
}
