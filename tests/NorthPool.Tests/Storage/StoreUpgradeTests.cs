using NorthPool.CardViews;
using NorthPool.Proactive;
using NorthPool.Members;
using NorthPool.Localization;
using NorthPool.Reports;
using NorthPool.Storage;
using NorthPool.Tasks;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Storage;

// Fixtures/northpool-v0.db was written by the first release driven through its real host (how, and what it holds:
// Fixtures/northpool-v0.md). Each later version must open it with every row kept. The test works on a copy: the
// committed file is never opened.
[Trait("Store", "LiteDbFile")]
public sealed class StoreUpgradeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "northpool-tests", Guid.NewGuid().ToString("N"));
    private readonly string _path;

    public StoreUpgradeTests()
    {
        _path = Path.Combine(_folder, "northpool.db");
        Directory.CreateDirectory(_folder);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "northpool-v0.db"), _path);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private const string ReportChannelId = "19:chairman@thread.tacv2";

    private static DateTimeOffset Shanghai(int day, int hour, int minute) => new(2026, 11, day, hour, minute, 0, China);

    [Fact]
    public void AnOldFileLosesTheIndexesNoReadUsesAndKeepsItsRows()
    {
        using (var old = new LiteDB.LiteDatabase(_path))
            Assert.Contains(old.GetCollection("$indexes").FindAll(), i => i["collection"] == "tasks" && i["name"] == "OwnerId");

        using var store = TestStore.CreateSeeded(_path, Shanghai(27, 10, 0));

        var indexes = store.Db.Database.GetCollection("$indexes").FindAll()
            .Select(i => $"{i["collection"].AsString}.{i["name"].AsString}").ToHashSet();
        Assert.DoesNotContain("tasks.OwnerId", indexes);
        Assert.DoesNotContain("tasks.Pool", indexes);
        Assert.DoesNotContain("tasks.TemplateId", indexes);
        Assert.DoesNotContain("audit.TaskId", indexes);
        Assert.Contains("tasks.State", indexes);
        Assert.Contains("audit.taskNewestFirst", indexes);
        Assert.Contains("audit.ActivityId", indexes);
        Assert.Equal(store.Db.Tasks.Count(), store.Db.Tasks.Query().ToEnumerable().Count());
    }

    [Fact]
    public void AFileWrittenByTheFirstReleaseOpensWithEveryRowKept()
    {
        // Opened on the Friday after the file was written (week 48, November, Q4).
        using var store = TestStore.CreateSeeded(_path, Shanghai(27, 10, 0));
        var db = store.Db;

        Assert.Equal(
            new Dictionary<string, int>
            {
                ["pools"] = 5, ["templates"] = 62, ["tasks"] = 62, ["audit"] = 13, ["members"] = 1, ["conversations"] = 5,
                ["cardPosts"] = 13, ["reportChannels"] = 1, ["reportRuns"] = 3, ["directives"] = 3, ["settings"] = 2, ["recurrences"] = 62, ["roles"] = 0, ["accounts"] = 0, ["alertChannels"] = 0,
                ["rhythmSends"] = 0, ["customers"] = 0, ["visits"] = 0, ["opportunities"] = 0, ["contracts"] = 0, ["receipts"] = 0, ["contacts"] = 0, ["receivables"] = 0, ["tickets"] = 0, ["partners"] = 0, ["targetSettings"] = 0, ["crmChanges"] = 0,
            },
            db.CollectionNames.ToDictionary(name => name, name => db.Database.GetCollection(name).Count()));

        // Tasks: five moved by members, the other 57 still as seeded.
        AssertTask(store.Tasks.Find("BD-001")!, TaskState.InProgress, "29:user-zhang", "张伟", 30, "初步方案已提交", Shanghai(25, 9, 0), version: 4);
        AssertTask(store.Tasks.Find("BD-003")!, TaskState.InProgress, "29:user-li", "李娜", 60, "已拜访3家", Shanghai(24, 9, 5), version: 2);
        AssertTask(store.Tasks.Find("PD-002")!, TaskState.Done, "29:user-zhao", "赵敏", 100, "beta with 2 customers", Shanghai(25, 9, 50), version: 3);
        AssertTask(store.Tasks.Find("BD-010")!, TaskState.Cancelled, "29:user-li", "李娜", 0, null, Shanghai(25, 9, 25), version: 2);
        AssertTask(store.Tasks.Find("BD-002")!, TaskState.Pooled, null, null, 0, null, Shanghai(25, 9, 35), version: 2);
        var untouched = store.All().Where(t => t.Id is not ("BD-001" or "BD-002" or "BD-003" or "BD-010" or "PD-002")).ToList();
        Assert.Equal(57, untouched.Count);
        Assert.All(untouched, t => Assert.Equal((TaskState.Pooled, (string?)null, 0, 0, t.Id), (t.State, t.OwnerId, t.Progress, t.Version, t.TemplateId)));

        // Each old instance became its period's instance, with the template's cadence and quota; nothing new opened
        // for a period that already has one.
        var bd001 = store.Tasks.Find("BD-001")!;
        Assert.Equal(("BD-001@2026W48", "2026W48", "0/3 家", Shanghai(29, 23, 59).AddSeconds(59)), (bd001.Slot, bd001.PeriodKey, bd001.Quota?.ToString(), bd001.DueAt));
        Assert.Equal(("PD-002@2026M11", TaskState.Done), (store.Tasks.Find("PD-002")!.Slot, store.Tasks.Find("PD-002")!.State));
        Assert.Equal("OP-001@20261127", store.Tasks.Find("OP-001")!.Slot);
        Assert.Equal("BD-004@#0001", store.Tasks.Find("BD-004")!.Slot);
        Assert.Equal(["BD-001"], store.Tasks.OpenOf("BD-001").Select(t => t.Id));

        // History: every trigger, in order, with its reasons and progress.
        var audit = db.Audit.FindAll().OrderBy(a => a.Id).ToList();
        Assert.Equal(Enumerable.Range(1, 13).Select(i => (long)i), audit.Select(a => a.Id));
        Assert.Equal(
            [
                ("BD-001", TaskTrigger.Claim, TaskState.Pooled, TaskState.InProgress, (string?)null, (int?)null),
                ("BD-003", TaskTrigger.Claim, TaskState.Pooled, TaskState.InProgress, null, null),
                ("PD-002", TaskTrigger.Claim, TaskState.Pooled, TaskState.InProgress, null, null),
                ("BD-003", TaskTrigger.Progress, TaskState.InProgress, TaskState.InProgress, "已拜访3家", 60),
                ("BD-001", TaskTrigger.Pause, TaskState.InProgress, TaskState.Paused, "等待客户反馈", null),
                ("BD-001", TaskTrigger.Resume, TaskState.Paused, TaskState.InProgress, null, null),
                ("BD-001", TaskTrigger.Progress, TaskState.InProgress, TaskState.InProgress, "初步方案已提交", 30),
                ("BD-010", TaskTrigger.Claim, TaskState.Pooled, TaskState.InProgress, null, null),
                ("BD-010", TaskTrigger.Cancel, TaskState.InProgress, TaskState.Cancelled, "需求变更", null),
                ("BD-002", TaskTrigger.Claim, TaskState.Pooled, TaskState.InProgress, null, null),
                ("BD-002", TaskTrigger.Release, TaskState.InProgress, TaskState.Pooled, null, null),
                ("PD-002", TaskTrigger.Progress, TaskState.InProgress, TaskState.InProgress, "beta with 2 customers", 80),
                ("PD-002", TaskTrigger.Finish, TaskState.InProgress, TaskState.Done, null, null),
            ],
            audit.Select(a => (a.TaskId, a.Trigger, a.From, a.To, a.Reason, a.Progress)));
        Assert.Equal((Shanghai(24, 9, 0), "29:user-zhang", "张伟", "v0-activity-001"), (audit[0].At, audit[0].ActorId, audit[0].ActorName, audit[0].ActivityId));
        Assert.Equal((Shanghai(25, 9, 50), "29:user-zhao", "v0-activity-017"), (audit[^1].At, audit[^1].ActorId, audit[^1].ActivityId));
        Assert.Equal(["等待客户反馈", "初步方案已提交"], store.Tasks.History("BD-001", 4).Select(a => a.Reason).OfType<string>().Reverse());

        // Posted task cards, still found for the updater.
        var posts = db.CardPosts.FindAll().OrderBy(p => p.Id).ToList();
        Assert.Equal(
            ["BD-001", "BD-003", "PD-002", "BD-003", "BD-001", "BD-001", "BD-001", "BD-001", "BD-010", "BD-010", "BD-002", "BD-002", "PD-002"],
            posts.Select(p => p.TaskId));
        Assert.Equal(("19:sales-group@thread.v2", "groupChat", "1004", Language.EnUs, Shanghai(24, 9, 12)), (posts[2].ConversationId, posts[2].ConversationType, posts[2].ActivityId, posts[2].Language, posts[2].PostedAt));
        Assert.Equal(("a:1personal-29:user-zhang", "personal", "1001", Language.ZhCn), (posts[0].ConversationId, posts[0].ConversationType, posts[0].ActivityId, posts[0].Language));
        Assert.All(posts, p => Assert.StartsWith("http://127.0.0.1:", p.ServiceUrl, StringComparison.Ordinal));

        // The chairman's channel and its report runs: one failed, one caught up, one sent on schedule.
        var channel = Assert.Single(db.ReportChannels.FindAll());
        Assert.Equal((ReportChannel.CurrentId, ReportChannelId, "29:user-admin", Shanghai(26, 9, 5)), (channel.Id, channel.ChannelId, channel.RegisteredBy, channel.RegisteredAt));
        var runs = db.ReportRuns.FindAll().OrderBy(r => r.Slot).ToList();
        Assert.Equal(
            [
                ("19:chairman@thread.tacv2|2026-11-26T02:00Z", Shanghai(26, 10, 0), ReportRunStatus.Failed, false, (string?)null),
                ("19:chairman@thread.tacv2|2026-11-26T04:00Z", Shanghai(26, 12, 0), ReportRunStatus.Sent, true, "1032"),
                ("19:chairman@thread.tacv2|2026-11-26T06:00Z", Shanghai(26, 14, 0), ReportRunStatus.Sent, false, "1039"),
            ],
            runs.Select(r => (r.Id, r.Slot, r.Status, r.CatchUp, r.ActivityId)));
        Assert.StartsWith("500 ", runs[0].Error);
        Assert.Null(runs[0].Snapshot);
        Assert.All(runs.Skip(1), r => Assert.NotNull(r.Snapshot));
        Assert.Equal(runs[2].Id, new ReportRuns(db, store.Writer).LatestSent(ReportChannelId)!.Id);

        // The chairman's instructions: acknowledged, fulfilled, and one still without an owner.
        Assert.Equal(
            [
                (1L, "BD-003 本周内提交投标文件", (string?)"29:user-li", DirectiveState.InProgress, "BD-003", Shanghai(26, 12, 10), Shanghai(26, 12, 30)),
                (2L, "张伟 明早前把能源方案发给我", "29:user-zhang", DirectiveState.Done, "", Shanghai(26, 12, 15), Shanghai(26, 12, 45)),
                (3L, "加快回款", null, DirectiveState.Pending, "", Shanghai(26, 12, 20), Shanghai(26, 12, 20)),
            ],
            db.Directives.FindAll().OrderBy(d => d.Id).Select(d => (d.Id, d.Text, d.OwnerId, d.State, string.Join(",", d.TaskIds), d.At, d.UpdatedAt)));
        Assert.All(db.Directives.FindAll(), d => Assert.Equal(("29:user-chairman", "王董事长"), (d.AuthorId, d.AuthorName)));

        // Members, conversations, settings.
        var preference = Assert.Single(db.Members.FindAll());
        Assert.Equal(("29:user-zhao", Language.EnUs, Shanghai(24, 9, 10)), (preference.MemberId, preference.Language, preference.UpdatedAt));
        Assert.Equal(
            ["19:chairman@thread.tacv2;messageid=1795528157024", "19:sales-group@thread.v2", "a:1personal-29:user-li", "a:1personal-29:user-zhang", "a:1personal-29:user-zhao"],
            db.Conversations.FindAll().Select(c => c.ConversationId).Order(StringComparer.Ordinal));
        var zhao = db.Conversations.FindById("a:1personal-29:user-zhao");
        Assert.Equal(("personal", "29:user-zhao", "en-US", true), (zhao.Reference.ConversationType, zhao.Reference.UserId, zhao.Reference.Locale, zhao.ServiceUrlVerified));
        Assert.Equal("29:user-chairman", db.Settings.FindById("chairman").Value);
    }

    private static void AssertTask(TaskInstance task, TaskState state, string? ownerId, string? ownerName, int progress, string? note, DateTimeOffset stateSince, int version) =>
        Assert.Equal((state, ownerId, ownerName, progress, note, stateSince, version), (task.State, task.OwnerId, task.OwnerName, task.Progress, task.ProgressNote, task.StateSince, task.Version));

    [Fact]
    public void AfterTheUpgradeTheNextPeriodOpensNewInstancesAndTheOldOpenOnesBecomeOverdue()
    {
        using var store = TestStore.CreateSeeded(_path, Shanghai(27, 10, 0));

        store.Time.SetUtcNow(Shanghai(30, 0, 0));
        var result = store.OpenPeriod();

        Assert.Contains(result.Opened, t => t.Id == "BD-001-2026W49");
        Assert.Contains(result.Opened, t => t.Id == "OP-001-20261130");
        Assert.DoesNotContain(result.Opened, t => t.TemplateId == "PD-002");
        Assert.Contains(result.MarkedOverdue, t => t.Id == "BD-001");
        Assert.Equal(["BD-001", "BD-001-2026W49"], store.Tasks.OpenOf("BD-001").Select(t => t.Id));
        Assert.Equal(TaskTrigger.Overdue, store.Tasks.History("BD-001", 1)[0].Trigger);
    }
}
