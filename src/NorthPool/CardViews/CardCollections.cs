using LiteDB;
using NorthPool.Storage;

namespace NorthPool.CardViews;

public static class CardCollections
{
    // A task's posts, newest first: the ones to update and, past the cap, the ones to forget.
    public const string PostsByTask = "taskNewestFirst";

    public static readonly IReadOnlyList<StoreCollection> All =
    [
        StoreCollection.Of<TaskCardPost>("cardPosts", e => e.Id(p => p.Id, autoId: true), c =>
        {
            // Files from before had a plain TaskId index, which served nothing PostsByTask does not.
            c.DropIndex(nameof(TaskCardPost.TaskId));
            NewestFirst.EnsureIndex(c, PostsByTask, nameof(TaskCardPost.TaskId));
        }),
    ];

    extension(NorthPoolDb db)
    {
        public ILiteCollection<TaskCardPost> CardPosts => db.Database.GetCollection<TaskCardPost>("cardPosts");
    }
}
