using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NorthPool.IntegrationTests.Support;
using NorthPool.Rhythm;
using NorthPool.Tasks;
using NorthPool.Tests.Support;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// The day's rhythm on the real host with the real Quartz scheduler on a fake clock: the 06:00 digest once per member
// per day (also across a restart), reminders at the templates' times, alerts once per kind, quiet hours.
public sealed class RhythmTests : IAsyncLifetime
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Tuesday = new(2026, 11, 24, 0, 0, 0, China);
    private const string ZhangChat = "/_connector/v3/conversations/a%3A1personal-29%3Auser-zhang/activities";
    private const string LiChat = "/_connector/v3/conversations/a%3A1personal-29%3Auser-li/activities";
    private const string Lead = "29:user-lead";

    private readonly string _db = NorthPoolApp.NewDatabasePath();
    private FakeConnector _connector = null!;
    private NorthPoolApp? _app;
    private FakeTimeProvider _clock = null!;
    private JobRuns _jobs = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        await _connector.DisposeAsync();
    }

    private NorthPoolApp App => _app!;

    private async Task StartAtAsync(TimeSpan timeOfDay, IDictionary<string, string?>? settings = null)
    {
        if (_app is not null)
            await _app.DisposeAsync();
        _clock = new FakeTimeProvider(Tuesday + timeOfDay);
        var all = new Dictionary<string, string?> { ["Reports:PoolLeads:PD"] = Lead, ["Reports:PoolLeads:EC"] = Lead };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        _app = await NorthPoolApp.StartAsync(_db, all, _clock);
        _jobs = await JobRuns.AttachAsync(_app);
    }

    // Moves the fake clock to the time of day on Tuesday and waits for the job that fires then to finish.
    private async Task AdvanceToAsync(TimeSpan timeOfDay, Quartz.JobKey job)
    {
        var from = _clock.GetUtcNow();
        _clock.Advance(Tuesday + timeOfDay - from);
        await _jobs.WaitForSlotAfterAsync(job, from);
    }

    private async Task SayAsync(string text, string userId = "29:user-zhang", string name = "张伟")
    {
        var message = Personal(_connector.ServiceUrl, text, userId, name);
        await App.PostAsync(message);
        await _connector.ReplyActivityAsync((string)message["id"]!);
    }

    private Task SetAsync(string id, Func<TaskInstance, TaskInstance> change) =>
        App.App.Services.GetRequiredService<NorthPool.Storage.StoreWriter>().WriteAsync(() => App.Tasks.Update(change(App.Tasks.Find(id)!)), default);

    private List<SentActivity> PostsTo(string path, string startsWith) =>
        _connector.Sent.Where(s => s.Method == "POST" && s.Path == path && s.Sentence?.StartsWith(startsWith, StringComparison.Ordinal) == true).ToList();

    private List<SentActivity> Digests(string path = ZhangChat) => PostsTo(path, "在办");

    // Every alert card sent: overdue, due tomorrow, paused, unclaimed, or several at once.
    private List<SentActivity> Alerts() => _connector.Sent.Where(s => s.Method == "POST" && s.Path.EndsWith("/activities", StringComparison.Ordinal) && s.Sentence is { } text
        && (text.Contains("已逾期", StringComparison.Ordinal) || new[] { "📅", "⏸️", "📥", "🔔" }.Any(p => text.StartsWith(p, StringComparison.Ordinal)))).ToList();

    private RhythmSends Sends => App.App.Services.GetRequiredService<RhythmSends>();

    [Fact]
    public async Task TheMorningDigestGoesOutAtSixOnceAMemberADayAlsoAcrossARestart()
    {
        await StartAtAsync(new TimeSpan(5, 58, 0));
        await SayAsync("认领 BD-001");
        await SayAsync("认领 OP-001");
        await SayAsync("认领 BD-010");
        await SayAsync("帮助", "29:user-li", "李娜");
        await SetAsync("BD-001-2026W48", t => t with { Quota = t.Quota! with { Done = 2 } });
        await SetAsync("BD-010-2026W48", t => t with { DueAt = Tuesday.AddSeconds(-1), Priority = Priority.P1 });

        await AdvanceToAsync(new TimeSpan(6, 0, 30), NorthPool.Rhythm.MorningDigestJob.Key);

        var digest = Assert.Single(Digests());
        Assert.Equal("在办 3 项 · 今天到期 1 项 · 已逾期 1 项 · 配额未完成 2 项", digest.Sentence);
        var text = digest.CardText;
        Assert.Contains("🌅 晨间启动 · 11-24", text);
        Assert.True(text.IndexOf("⚠️ 已逾期", StringComparison.Ordinal) < text.IndexOf("[BD-010-2026W48] 省级电网拓展", StringComparison.Ordinal));
        Assert.Contains("📅 今天到期\n[OP-001-20261124] 销售日报", text);
        Assert.Contains("本周还差 1 家", text);
        Assert.Contains("⭐ 重点", text);
        Assert.Contains("[我的任务]", text);
        Assert.DoesNotContain(_connector.Sent, s => s.Path == LiChat && s.Sentence?.StartsWith("在办", StringComparison.Ordinal) == true);
        Assert.Null(Sends.Find("digest|20261124|29:user-li"));
        Assert.Equal(RhythmSendStatus.Sent, Sends.Find("digest|20261124|29:user-zhang")!.Status);

        Assert.Equal(0, await App.App.Services.GetRequiredService<MorningDigestRun>().RunAsync(default));

        await StartAtAsync(new TimeSpan(5, 59, 0));
        await AdvanceToAsync(new TimeSpan(6, 0, 30), NorthPool.Rhythm.MorningDigestJob.Key);

        Assert.Single(Digests());
        Assert.Single(Sends.OfKind(RhythmKind.Digest));
    }

    [Fact]
    public async Task AMemberWithATaskToClaimGetsTheDigestInEnglishWhenTheyChoseEnglish()
    {
        await StartAtAsync(new TimeSpan(5, 58, 0));
        await SayAsync("lang en", "29:user-li", "李娜");
        await SetAsync("CS-001-20261124", t => t with { Priority = Priority.P0 });

        await AdvanceToAsync(new TimeSpan(6, 0, 30), NorthPool.Rhythm.MorningDigestJob.Key);

        var digest = Assert.Single(Digests(LiChat).Concat(PostsTo(LiChat, "0 open")));
        Assert.Equal("0 open · 0 due today · 0 overdue · 0 quotas to go", digest.Sentence);
        Assert.Contains("⭐ Today's key tasks to claim\n[CS-001-20261124] 问题处理", digest.CardText);
        Assert.Contains("[My tasks]", digest.CardText);
    }

    [Fact]
    public async Task OwnersAreRemindedAtTheirTemplatesTimesAndTheLeadOfAnUnclaimedOne()
    {
        await StartAtAsync(new TimeSpan(6, 58, 0), new Dictionary<string, string?> { ["Rhythm:QuietUntil"] = "07:00" });
        await SayAsync("认领 OP-001");
        await SayAsync("认领 BD-001");

        await AdvanceToAsync(new TimeSpan(7, 0, 30), ReminderJob.Key);
        Assert.Single(PostsTo(ZhangChat, "⏰ 销售日报 OP-001-20261124 今天 07:00 开始"));
        Assert.Empty(PostsTo(ZhangChat, "⏰ 省级运营商拓展"));

        await AdvanceToAsync(new TimeSpan(8, 0, 30), AlertScanJob.Key);
        await AdvanceToAsync(new TimeSpan(9, 0, 30), ReminderJob.Key);
        var reminder = Assert.Single(PostsTo(ZhangChat, "⏰ 省级运营商拓展 BD-001-2026W48 今天 09:00 开始"));
        Assert.Contains("[查看]", reminder.CardText);

        await AdvanceToAsync(new TimeSpan(10, 0, 30), ReminderJob.Key);
        Assert.Contains(_connector.Sent, s => s.Method == "POST" && s.Path == "/_connector/v3/conversations" && s.Body.GetRawText().Contains(Lead));
        Assert.Single(_connector.Sent, s => s.Sentence == "⏰ NRT-Chat迭代 PD-001-2026M11 今天 10:00 开始，尚无人认领");

        Assert.Equal(0, await App.App.Services.GetRequiredService<ReminderRun>().RunAsync(new TimeOnly(7, 0), default));
        Assert.Single(PostsTo(ZhangChat, "⏰ 销售日报"));
    }

    [Fact]
    public async Task ASevenOClockReminderInsideTheQuietHoursIsHeldAndSentByTheEightOClockScan()
    {
        await StartAtAsync(new TimeSpan(6, 58, 0));
        await SayAsync("认领 OP-001");

        await AdvanceToAsync(new TimeSpan(7, 0, 30), ReminderJob.Key);
        Assert.Equal(RhythmSendStatus.Held, Sends.Find("reminder|20261124|OP-001-20261124|29:user-zhang")!.Status);
        Assert.Empty(PostsTo(ZhangChat, "⏰"));

        await AdvanceToAsync(new TimeSpan(8, 0, 30), AlertScanJob.Key);
        Assert.Single(PostsTo(ZhangChat, "⏰ 销售日报 OP-001-20261124 今天 07:00 开始"));
        Assert.Equal(RhythmSendStatus.Sent, Sends.Find("reminder|20261124|OP-001-20261124|29:user-zhang")!.Status);
    }

    [Fact]
    public async Task QuietHoursHoldAlertsUntilEightButNotAP0OneAndEachAlertIsSentOnce()
    {
        await StartAtAsync(new TimeSpan(6, 30, 0));
        await SayAsync("认领 BD-001");
        await SayAsync("认领 CS-001");
        await SayAsync("认领 PD-001");
        await SayAsync("暂停 PD-001 等待 GPU 资源");
        var now = _clock.GetUtcNow();
        await SetAsync("BD-001-2026W48", t => t with { DueAt = Tuesday.AddDays(2).AddSeconds(-1) });
        await SetAsync("CS-001-20261124", t => t with { DueAt = Tuesday.AddSeconds(-1), Priority = Priority.P0 });
        await SetAsync("PD-001-2026M11", t => t with { StateSince = now.AddHours(-25) });
        await SetAsync("EC-001-2026M11", t => t with { StateSince = now.AddHours(-30) });

        await AdvanceToAsync(new TimeSpan(7, 0, 30), AlertScanJob.Key);

        Assert.Single(PostsTo(ZhangChat, "⏰ [CS-001-20261124] 问题处理 已逾期（截止 11-23）"));
        Assert.Equal(RhythmSendStatus.Held, Sends.Find("duetomorrow|BD-001-2026W48|29:user-zhang")!.Status);
        Assert.Equal(RhythmSendStatus.Held, Sends.Find("pausedtoolong|PD-001-2026M11|29:user-zhang")!.Status);
        Assert.Equal(RhythmSendStatus.Held, Sends.Find($"unclaimed|EC-001-2026M11|{Lead}")!.Status);
        Assert.DoesNotContain(_connector.Sent, s => s.Path == "/_connector/v3/conversations");
        Assert.Single(Alerts());

        await AdvanceToAsync(new TimeSpan(8, 0, 30), AlertScanJob.Key);

        var held = Assert.Single(PostsTo(ZhangChat, "🔔 2 条提醒"));
        Assert.Contains("📅 [BD-001-2026W48] 省级运营商拓展 明天到期（11-25）", held.CardText);
        Assert.Contains("⏸️ [PD-001-2026M11] NRT-Chat迭代 已暂停 26 小时", held.CardText);
        var unclaimed = Assert.Single(_connector.Sent, s => s.Sentence?.StartsWith("📥", StringComparison.Ordinal) == true);
        Assert.Equal("📥 [EC-001-2026M11] 技术伙伴拓展 已 31 小时无人认领", unclaimed.Sentence);
        Assert.DoesNotContain(_connector.Sent, s => s.Sentence?.Contains("CS-001", StringComparison.Ordinal) == true && s.Sentence.StartsWith("🔔", StringComparison.Ordinal));

        Assert.Equal(3, Alerts().Count);
        await AdvanceToAsync(new TimeSpan(9, 0, 30), AlertScanJob.Key);
        Assert.Equal(0, await App.App.Services.GetRequiredService<AlertScan>().RunAsync(default));
        Assert.Equal(3, Alerts().Count);
        Assert.All(Sends.OfKind(RhythmKind.Overdue).Concat(Sends.OfKind(RhythmKind.DueTomorrow)).Concat(Sends.OfKind(RhythmKind.PausedTooLong)).Concat(Sends.OfKind(RhythmKind.Unclaimed)),
            row => Assert.Equal((RhythmSendStatus.Sent, 1), (row.Status, row.Attempts)));
    }
}
