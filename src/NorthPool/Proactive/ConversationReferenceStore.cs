using System.Collections.Concurrent;
using NorthPool.BotFramework.Schema;
using NorthPool.Storage;

namespace NorthPool.Proactive;

// Where the bot can speak later. Captured on install, on conversationUpdate and on every message; a write happens
// only when something changed, so a busy chat does not cost a commit per message.
public sealed class ConversationReferenceStore(NorthPoolDb db, StoreWriter writer, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, ConversationReference> _lastWritten = new(StringComparer.Ordinal);

    public ConversationReference? Find(string conversationId) => db.Conversations.FindById(conversationId)?.Reference;

    // The channel itself (not the thread it was seen in) of a stored conversation: a post there starts a thread.
    public ConversationReference? FindChannel(string conversationId) =>
        Find(conversationId) is { } reference ? reference with { ConversationId = ConversationIds.ChannelOf(conversationId) } : null;

    // The channel of the conversation an activity came from (a command typed in one of its threads).
    public static ConversationReference ChannelOf(Activity activity)
    {
        var reference = ConversationReference.From(activity);
        return reference with { ConversationId = ConversationIds.ChannelOf(reference.ConversationId) };
    }

    // The bot's personal chat with this member, if it has one.
    public ConversationReference? FindPersonal(string memberId) =>
        db.Conversations.FindOne(c => c.Reference.UserId == memberId && c.Reference.ConversationType == "personal")?.Reference;

    // A conversation to reach the tenant through when no turn is at hand (scheduled work): the most recently seen.
    public ConversationReference? AnyForProactive() =>
        db.Conversations.Query().OrderByDescending(c => c.UpdatedAt).Limit(1).FirstOrDefault()?.Reference;

    public Task CaptureAsync(Activity activity, CancellationToken cancellationToken) =>
        SaveAsync(ConversationReference.From(activity), cancellationToken);

    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        if (_lastWritten.TryGetValue(reference.ConversationId, out var last) && last == reference)
            return;
        var stored = new StoredConversation
        {
            ConversationId = reference.ConversationId,
            Reference = reference,
            ServiceUrlVerified = true,
            UpdatedAt = timeProvider.GetUtcNow(),
        };
        await writer.WriteAsync(() => db.Conversations.Upsert(stored), cancellationToken);
        _lastWritten[reference.ConversationId] = reference;
    }

    public async Task RemoveAsync(string conversationId, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(() => db.Conversations.Delete(conversationId), cancellationToken);
        _lastWritten.TryRemove(conversationId, out _);
    }
}
