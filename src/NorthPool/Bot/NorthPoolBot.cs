using Microsoft.Extensions.Logging;
using NorthPool.BotFramework;
using NorthPool.BotFramework.Schema;
using NorthPool.Cards;
using NorthPool.CardViews;
using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Members;
using NorthPool.Proactive;

namespace NorthPool.Bot;

// Routes an activity by type. Messages, card submits and card invokes become commands; install events keep
// conversation references fresh.
public sealed partial class NorthPoolBot(
    CommandDispatcher commands,
    ConversationReferenceStore conversations,
    MemberDirectory members,
    RoleStore roles,
    MemberAccountStore accounts,
    LanguageResolver languages,
    ReplySender replies,
    CardAudience audience,
    TaskCardPosts cardPosts,
    TaskCardUpdater cardUpdater,
    TimeProvider timeProvider,
    ILogger<NorthPoolBot> logger) : IActivityHandler
{
    // Room for the @mention tags around a command of the longest allowed length.
    private const int MentionAllowance = 256;

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
        var isSubmit = string.IsNullOrWhiteSpace(activity.Text) && activity.Value is not null;
        var submitted = isSubmit ? CardActionText.FromSubmit(activity.Value!.Value) : null;
        if (isSubmit && submitted is null)
        {
            var language = languages.Resolve(activity.From!.Id, null, activity.ClientLocale);
            await replies.ReplyAsync(activity, Texts.Get(language, TextId.UnknownCardAction), card: null, cancellationToken);
            return;
        }

        // The length limit comes before any work on the text, so an oversized message costs nothing to refuse.
        if (submitted is null && (activity.Text?.Length ?? 0) > CommandParser.MaxLength + MentionAllowance)
        {
            var language = languages.Resolve(activity.From!.Id, TextNormalizer.HasCjk(activity.Text![..200]) ? Language.ZhCn : null, activity.ClientLocale);
            await replies.ReplyAsync(activity, Texts.Get(language, TextId.TextTooLong, activity.Text.Length, CommandParser.MaxLength), card: null, cancellationToken);
            return;
        }
        var text = submitted?.Text ?? MentionText.StripBotMention(activity);
        LogCommand(logger, activity.From!.Id, text.Length);
        var member = members.From(activity);
        await roles.LearnNameAsync(member, cancellationToken);
        accounts.Learn(member, activity.Conversation?.TenantId);
        var request = new CommandRequest(text, member, activity.ClientLocale, activity.Id, submitted?.Origin, IsPersonal(activity)) { Activity = activity };
        // The changes are queued for their card updates as they commit; the turn holds them (briefly) to name its card.
        using var cardTurn = cardUpdater.BeginTurn(activity.Id);
        var reply = await commands.HandleAsync(request, cancellationToken);

        var card = await PersonaliseAsync(reply, activity, cancellationToken);
        var outcome = await replies.ReplyAsync(activity, reply.Text, card, cancellationToken);
        await cardPosts.SettleAsync(Post(activity, reply.ShownTaskId ?? "", outcome.ActivityId ?? "", reply.Language), cancellationToken);
        cardTurn.Release(new TurnExtras(PostedActivityId: outcome.ActivityId));
    }

    // The response replaces the card for the member who pressed; the PUT that follows updates it for everyone.
    private async Task<InvokeResponse> OnCardActionAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Value is not { } value || CardActionText.FromExecute(value) is not { } pressed)
            return InvokeResponse.Error(400, "BadRequest", "value.action.verb is required");

        var request = new CommandRequest(pressed.Text, members.From(activity), activity.ClientLocale, activity.Id, pressed.Origin, OnlyMemberSees: true) { Activity = activity };
        using var cardTurn = cardUpdater.BeginTurn(activity.Id);
        var reply = await commands.HandleAsync(request, cancellationToken);
        var notice = reply.Card is not null && pressed.Origin.View == CardView.Task ? new CardNotice(reply.Text, IsError: false) : null;
        cardTurn.Release(new TurnExtras(SourceActivityId: activity.ReplyToId, Notice: notice));
        var card = await PersonaliseAsync(reply, activity, cancellationToken);
        return card is null ? InvokeResponse.Message(reply.Text) : InvokeResponse.Card(CardJson.ToElement(card));
    }

    private async Task<AdaptiveCard?> PersonaliseAsync(Reply reply, Activity activity, CancellationToken cancellationToken) =>
        reply is { Card: { } card, ShownTaskId: { } taskId }
            ? await audience.PersonaliseAsync(card, taskId, Place(activity), cancellationToken)
            : reply.Card;

    private TaskCardPost Post(Activity activity, string taskId, string activityId, Language language) => new()
    {
        TaskId = taskId,
        ServiceUrl = activity.ServiceUrl!,
        ConversationId = activity.Conversation!.Id,
        ConversationType = activity.Conversation.ConversationType,
        ActivityId = activityId,
        ReplyToId = activity.Id,
        Language = language,
        PostedAt = timeProvider.GetUtcNow(),
    };

    private static CardPlace Place(Activity activity) =>
        new(activity.ServiceUrl!, activity.Conversation!.Id, activity.Conversation.ConversationType, activity.From?.Id);

    private static bool IsPersonal(Activity activity) => activity.Conversation?.ConversationType is "personal" or null;

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
