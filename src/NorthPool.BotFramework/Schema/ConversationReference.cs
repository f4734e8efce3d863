namespace NorthPool.BotFramework.Schema;

// What a proactive send needs later: where (serviceUrl, conversation), for whom (tenant, bot) and how (locale).
public sealed record ConversationReference(
    string ServiceUrl,
    string ConversationId,
    string? ConversationType,
    string? TenantId,
    string? BotId,
    string? UserId,
    string? Locale)
{
    public static ConversationReference From(Activity activity) => new(
        activity.ServiceUrl ?? "",
        activity.Conversation?.Id ?? "",
        activity.Conversation?.ConversationType,
        activity.TenantId,
        activity.Recipient?.Id,
        activity.Conversation?.ConversationType == "personal" ? activity.From?.Id : null,
        activity.ClientLocale);
}
