using System.Text;
using NorthPool.BotFramework.Schema;

namespace NorthPool.BotFramework.Inbound;

// Every id an activity carries that the app may store or index, named as in the activity's JSON.
public static class ActivityIds
{
    // LiteDB refuses index keys of 1,023 bytes or more, and some keys join an id with more text (a day, a role).
    // Teams' own ids are under 300 bytes.
    public const int MaxBytes = 512;

    public static (string Field, int Bytes)? FirstOverLimit(Activity activity)
    {
        foreach (var (field, id) in All(activity))
        {
            var bytes = Encoding.UTF8.GetByteCount(id);
            if (bytes > MaxBytes)
                return (field, bytes);
        }
        return null;
    }

    private static IEnumerable<(string Field, string Id)> All(Activity activity)
    {
        if (activity.Id is { } id)
            yield return ("id", id);
        if (activity.ReplyToId is { } replyToId)
            yield return ("replyToId", replyToId);
        if (activity.From?.Id is { } from)
            yield return ("from.id", from);
        if (activity.Recipient?.Id is { } recipient)
            yield return ("recipient.id", recipient);
        if (activity.Conversation?.Id is { } conversation)
            yield return ("conversation.id", conversation);
        if (activity.TenantId is { } tenant)
            yield return ("tenant id", tenant);
        foreach (var mentioned in activity.Entities?.Select(e => e.Mentioned?.Id) ?? [])
        {
            if (mentioned is not null)
                yield return ("entities.mentioned.id", mentioned);
        }
        foreach (var member in (activity.MembersAdded ?? []).Concat(activity.MembersRemoved ?? []))
            yield return ("membersAdded/membersRemoved.id", member.Id);
    }
}
