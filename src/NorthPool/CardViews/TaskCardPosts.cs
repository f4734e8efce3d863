using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NorthPool.BotFramework.Schema;
using NorthPool.Localization;
using NorthPool.Storage;

namespace NorthPool.CardViews;

// Where each task's cards were posted. Only the newest MaxUpdatedPostsPerTask per task are kept.
// A typed move that applies is answered with the task's card: that post is written in the change's own commit
// (Pending, then Insert inside the unit), before its activity id exists. Once the reply is sent, Settle gives it the
// id: at once in memory, durably with the next commit. So such a turn costs one commit, and a crash cannot keep the
// change without its post (only, at worst, the post without the id it would be updated by).
public sealed class TaskCardPosts(NorthPoolDb db, StoreWriter writer, IOptions<CardOptions> options, TimeProvider timeProvider)
{
    // Pending posts as written, by the turn they answer (activity ids are unique only within a conversation), until it
    // settles them.
    private readonly ConcurrentDictionary<(string ConversationId, string ActivityId), TaskCardPost> _pendingByTurn = new();

    // Ids of sent replies whose rows have not been given them yet.
    private readonly ConcurrentDictionary<long, string> _sent = new();

    // The posts to update, newest first. A post whose reply was never sent has nothing to update.
    public IReadOnlyList<TaskCardPost> For(string taskId) =>
    [
        .. NewestFirst.Query(db.CardPosts, nameof(TaskCardPost.TaskId), taskId)
            .Limit(options.Value.MaxUpdatedPostsPerTask)
            .ToEnumerable()
            .Select(p => string.IsNullOrEmpty(p.ActivityId) && _sent.TryGetValue(p.Id, out var sent) ? p with { ActivityId = sent } : p)
            .Where(p => !string.IsNullOrEmpty(p.ActivityId)),
    ];

    // The post a reply to this message will be, before the task and the reply's id are known. (An invoke is answered
    // in its HTTP response, not by a post.)
    public TaskCardPost? Pending(Activity? turn, Language language) =>
        turn is { Type: ActivityTypes.Message, Id: { } replyToId, ServiceUrl: { } serviceUrl, Conversation: { } conversation }
            ? new TaskCardPost
            {
                ServiceUrl = serviceUrl,
                ConversationId = conversation.Id,
                ConversationType = conversation.ConversationType,
                ReplyToId = replyToId,
                Language = language,
                PostedAt = timeProvider.GetUtcNow(),
            }
            : null;

    // Inside a unit of work: records the post and forgets the task's posts past the cap.
    public void Insert(TaskCardPost post)
    {
        var id = db.CardPosts.Insert(post).AsInt64;
        var stale = NewestFirst.Query(db.CardPosts, nameof(TaskCardPost.TaskId), post.TaskId)
            .Offset(options.Value.MaxUpdatedPostsPerTask).ToEnumerable().Select(p => p.Id).ToList();
        foreach (var staleId in stale)
            db.CardPosts.Delete(staleId);
        if (string.IsNullOrEmpty(post.ActivityId) && post.ReplyToId is { } replyToId)
            _pendingByTurn[(post.ConversationId, replyToId)] = post with { Id = id };
    }

    // The turn's reply went out as `activityId` (null: it was not sent) showing `shownTaskId` (null: no task card).
    public Task SettleAsync(TaskCardPost post, CancellationToken cancellationToken)
    {
        if (post.ReplyToId is { } replyToId && _pendingByTurn.TryRemove((post.ConversationId, replyToId), out var pending))
        {
            var rowId = pending.Id;
            if (post.ActivityId.Length > 0)
                _sent[rowId] = post.ActivityId;
            writer.WriteWithNext(() =>
            {
                // Update changes nothing if the row was forgotten meanwhile (past the cap).
                if (post.ActivityId.Length == 0)
                    db.CardPosts.Delete(rowId);
                else
                    db.CardPosts.Update(pending with { ActivityId = post.ActivityId });
                _sent.TryRemove(rowId, out _);
            });
            return Task.CompletedTask;
        }
        // A card that changed nothing (查看, a refusal shown on a card): recording it is the turn's one commit.
        return post.ActivityId.Length > 0 && post.TaskId.Length > 0
            ? writer.WriteAsync(() => { Insert(post); return 0; }, cancellationToken)
            : Task.CompletedTask;
    }

    public Task ForgetAsync(long id, CancellationToken cancellationToken) =>
        writer.WriteAsync(() => db.CardPosts.Delete(id), cancellationToken);
}
