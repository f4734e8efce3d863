using Microsoft.Extensions.Options;
using NorthPool.Storage;

namespace NorthPool.CardViews;

// Where each task's cards were posted. Only the newest MaxUpdatedPostsPerTask per task are kept.
public sealed class TaskCardPosts(NorthPoolDb db, StoreWriter writer, IOptions<CardOptions> options)
{
    public IReadOnlyList<TaskCardPost> For(string taskId) =>
        db.CardPosts.Query().Where(p => p.TaskId == taskId).OrderByDescending(p => p.Id).Limit(options.Value.MaxUpdatedPostsPerTask).ToList();

    public Task RecordAsync(TaskCardPost post, CancellationToken cancellationToken) => writer.WriteAsync(() =>
    {
        db.CardPosts.Insert(post);
        var keep = options.Value.MaxUpdatedPostsPerTask;
        var stale = db.CardPosts.Query().Where(p => p.TaskId == post.TaskId).OrderByDescending(p => p.Id).Offset(keep).ToEnumerable().Select(p => p.Id).ToList();
        foreach (var id in stale)
            db.CardPosts.Delete(id);
        return stale.Count;
    }, cancellationToken);

    public Task ForgetAsync(long id, CancellationToken cancellationToken) =>
        writer.WriteAsync(() => db.CardPosts.Delete(id), cancellationToken);
}
