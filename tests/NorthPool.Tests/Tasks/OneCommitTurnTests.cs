using Microsoft.Extensions.Options;
using NorthPool.BotFramework.Schema;
using NorthPool.CardViews;
using NorthPool.Localization;
using NorthPool.Tasks;
using NorthPool.Tests.Support;
using static NorthPool.Tests.Support.People;

namespace NorthPool.Tests.Tasks;

// A typed move that applies is answered with the task's card: the change, its audit row and the card's post commit
// together; the reply's id follows with the next commit and costs none of its own.
public sealed class OneCommitTurnTests : IDisposable
{
    private readonly TestStore _store = TestStore.CreateSeeded();
    private readonly TaskCardPosts _posts;
    private readonly string _taskId;

    public OneCommitTurnTests()
    {
        _posts = new TaskCardPosts(_store.Db, _store.Writer, Options.Create(new CardOptions()), _store.Time);
        _taskId = _store.Current("BD-001");
    }

    public void Dispose() => _store.Dispose();

    private static readonly Activity Turn = new()
    {
        Type = ActivityTypes.Message,
        Id = "act-claim",
        ServiceUrl = "http://127.0.0.1:9/",
        Conversation = new ConversationAccount("a:zhang") { ConversationType = "personal" },
    };

    private TaskMove ClaimShownOnACard(Action<TaskInstance>? after = null)
    {
        var post = _posts.Pending(Turn, Language.ZhCn)!;
        return new TaskMove(_taskId, TaskTrigger.Claim, Zhang, TestStore.Start, ActivityId: Turn.Id)
        {
            AlsoWhenApplied = task =>
            {
                _posts.Insert(post with { TaskId = task.Id });
                after?.Invoke(task);
            },
        };
    }

    [Fact]
    public async Task The_change_its_audit_row_and_its_card_post_are_one_commit()
    {
        var before = _store.Writer.Commits;

        await _store.Tasks.ApplyAsync(ClaimShownOnACard(), default);

        Assert.Equal(before + 1, _store.Writer.Commits);
        Assert.Single(_store.Tasks.History(_taskId, 10), a => a.Trigger == TaskTrigger.Claim);
        Assert.True(_store.Db.CardPosts.Exists(p => p.TaskId == _taskId && p.ReplyToId == Turn.Id));
    }

    [Fact]
    [Trait("Store", "LiteDbFile")]
    public async Task A_crash_right_after_the_commit_leaves_the_change_with_its_card_post()
    {
        await _store.Tasks.ApplyAsync(ClaimShownOnACard(), default);

        // What is on disk at this instant (the data file and LiteDB's log beside it), opened as a restarted process
        // would after a kill -9.
        var copy = Path.Combine(Path.GetDirectoryName(_store.FilePath)!, "crashed", "northpool.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(_store.FilePath, copy);
        File.Copy(_store.FilePath.Replace(".db", "-log.db"), copy.Replace(".db", "-log.db"));
        using var crashed = TestStore.CreateSeeded(copy, _store.Time.GetUtcNow());

        Assert.Equal(TaskState.InProgress, crashed.Tasks.Find(_taskId)!.State);
        Assert.True(crashed.Db.CardPosts.Exists(p => p.TaskId == _taskId && p.ReplyToId == Turn.Id));
    }

    [Fact]
    public async Task A_failure_while_writing_the_card_post_undoes_the_change_too()
    {
        var move = ClaimShownOnACard(after: _ => throw new IOException("disk full"));

        await Assert.ThrowsAsync<IOException>(() => _store.Tasks.ApplyAsync(move, default));

        Assert.Equal(TaskState.Pooled, _store.Tasks.Find(_taskId)!.State);
        Assert.DoesNotContain(_store.Tasks.History(_taskId, 10), a => a.Trigger == TaskTrigger.Claim);
        Assert.False(_store.Db.CardPosts.Exists(p => p.TaskId == _taskId));
    }

    [Fact]
    public async Task The_replys_id_is_known_at_once_and_rides_with_the_next_commit()
    {
        await _store.Tasks.ApplyAsync(ClaimShownOnACard(), default);
        var afterTurn = _store.Writer.Commits;

        await _posts.SettleAsync(_posts.Pending(Turn, Language.ZhCn)! with { TaskId = _taskId, ActivityId = "reply-1" }, default);

        Assert.Equal("reply-1", Assert.Single(_posts.For(_taskId)).ActivityId);
        Assert.Equal(afterTurn, _store.Writer.Commits);

        await _store.Tasks.ApplyAsync(new TaskMove(_taskId, TaskTrigger.Release, Zhang, TestStore.Start, ActivityId: "act-release"), default);

        Assert.Equal(afterTurn + 1, _store.Writer.Commits);
        Assert.Equal("reply-1", _store.Db.CardPosts.FindOne(p => p.TaskId == _taskId).ActivityId);
    }

    [Fact]
    public async Task A_reply_that_was_never_sent_leaves_no_post_after_the_next_commit()
    {
        await _store.Tasks.ApplyAsync(ClaimShownOnACard(), default);

        await _posts.SettleAsync(_posts.Pending(Turn, Language.ZhCn)! with { TaskId = _taskId, ActivityId = "" }, default);
        await _store.Tasks.ApplyAsync(new TaskMove(_taskId, TaskTrigger.Release, Zhang, TestStore.Start, ActivityId: "act-release"), default);

        Assert.Empty(_posts.For(_taskId));
        Assert.False(_store.Db.CardPosts.Exists(p => p.TaskId == _taskId));
    }

    [Fact]
    public async Task A_card_that_changed_nothing_is_recorded_in_the_turns_one_commit()
    {
        var before = _store.Writer.Commits;

        await _posts.SettleAsync(_posts.Pending(Turn, Language.ZhCn)! with { TaskId = _taskId, ActivityId = "reply-show" }, default);

        Assert.Equal(before + 1, _store.Writer.Commits);
        Assert.Equal("reply-show", Assert.Single(_posts.For(_taskId)).ActivityId);
    }

    [Fact]
    public async Task A_tasks_history_is_read_newest_first_through_its_index_however_long_it_is()
    {
        for (var i = 0; i < 30; i++)
        {
            var trigger = i % 2 == 0 ? TaskTrigger.Claim : TaskTrigger.Release;
            await _store.Tasks.ApplyAsync(new TaskMove(_taskId, trigger, Zhang, TestStore.Start.AddMinutes(i), ActivityId: $"act-{i}"), default);
        }

        var last = _store.Tasks.History(_taskId, 3);

        Assert.Equal(["act-29", "act-28", "act-27"], last.Select(a => a.ActivityId));
        var plan = NorthPool.Storage.NewestFirst.Query(_store.Db.Audit, nameof(AuditEntry.TaskId), _taskId).Limit(3).GetPlan();
        Assert.Contains("INDEX RANGE SCAN", plan["index"]["mode"].AsString);
        Assert.DoesNotContain("orderBy", plan.Keys);
    }

    [Fact]
    public async Task Two_conversations_may_use_the_same_activity_id_and_each_post_gets_its_own_reply()
    {
        var other = Turn with { Conversation = new ConversationAccount("a:li") { ConversationType = "personal" } };
        var otherTask = _store.Current("BD-002");
        await _store.Tasks.ApplyAsync(ClaimShownOnACard(), default);
        var otherPost = _posts.Pending(other, Language.ZhCn)!;
        await _store.Tasks.ApplyAsync(new TaskMove(otherTask, TaskTrigger.Claim, Li, TestStore.Start, ActivityId: other.Id)
        {
            AlsoWhenApplied = task => _posts.Insert(otherPost with { TaskId = task.Id }),
        }, default);

        await _posts.SettleAsync(_posts.Pending(Turn, Language.ZhCn)! with { TaskId = _taskId, ActivityId = "reply-zhang" }, default);
        await _posts.SettleAsync(otherPost with { TaskId = otherTask, ActivityId = "reply-li" }, default);

        Assert.Equal("reply-zhang", Assert.Single(_posts.For(_taskId)).ActivityId);
        Assert.Equal("reply-li", Assert.Single(_posts.For(otherTask)).ActivityId);
    }
}
