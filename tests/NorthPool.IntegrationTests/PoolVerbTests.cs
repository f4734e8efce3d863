using System.Net;
using NorthPool.IntegrationTests.Support;
using NorthPool.Tasks;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// 新建, 分派, 优先级, 截止, 历史, 角色, 设为组长 end to end through the real host; 李娜 leads the BD pool by configuration.
public sealed class PoolVerbTests : BotTest
{
    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Reports:PoolLeads:BD"] = "29:user-li" };

    private async Task<string> SayAsync(Dictionary<string, object?> activity)
    {
        var response = await Bot.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Connector.ReplyToAsync((string)activity["id"]!);
    }

    private Dictionary<string, object?> AsLi(string text) => Personal(Connector.ServiceUrl, text, "29:user-li", "李娜");

    private Dictionary<string, object?> AsZhang(string text) => Personal(Connector.ServiceUrl, text);

    [Fact]
    public async Task ALeadCreatesATaskAndAssignsItAndTheMemberGetsItInTheirPersonalChat()
    {
        var created = await SayAsync(AsLi("新建 BD 拜访广东移动 P1 截止 12-05"));
        var assigned = await SayAsync(Mentioning(AsLi("分派 BD-1001"), "29:user-wang", "王五"));

        Assert.Equal("🆕 已新建 [BD-1001] 拜访广东移动（P1，截止 2026-12-05）。认领请发送 “认领 BD-1001”。", created);
        Assert.Equal("👤 已将 [BD-1001] 拜访广东移动 分派给 王五（执行中）。", assigned);
        var task = Bot.Tasks.Find("BD-1001")!;
        Assert.Equal((TaskState.InProgress, "29:user-wang", Priority.P1), (task.State, task.OwnerId, task.Priority));
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 23, 59, 59, TimeSpan.FromHours(8)), task.DueAt);
        await Connector.WaitForAsync(s => s.Method == "POST" && s.Path == "/_connector/v3/conversations");
        var card = await Connector.WaitForAsync(s => s.Sentence?.StartsWith("📌 李娜 把 [BD-1001] 拜访广东移动 分派给了您。", StringComparison.Ordinal) == true);
        Assert.Contains("负责人: 王五", card.CardText);
        Assert.Equal(["Create", "Assign"], Bot.Tasks.History("BD-1001", 5).Reverse().Select(a => a.Trigger.ToString()));
    }

    [Fact]
    public async Task ReassigningTellsThePreviousOwnerAndOnlyLeadsAndAdminsMayAssign()
    {
        await SayAsync(AsZhang("认领 BD-001"));
        await SayAsync(AsLi("角色"));

        var byMember = await SayAsync(Mentioning(AsZhang("分派 BD-001"), "29:user-wang", "王五"));
        var byLead = await SayAsync(Mentioning(AsLi("分派 BD-001"), "29:user-wang", "王五"));

        Assert.Equal("只有央企BD组长 李娜或管理员可以分派 [BD-001-2026W48] 省级运营商拓展。", byMember);
        Assert.StartsWith("👤 已将 [BD-001-2026W48] 省级运营商拓展 分派给 王五", byLead);
        // Other proactive posts (a reminder card) may reach 张伟's chat too: the one that tells him is a sentence.
        var told = await Connector.WaitForAsync(s => s.Path == "/_connector/v3/conversations/a%3A1personal-29%3Auser-zhang/activities" && s.Text is not null);
        Assert.Equal("李娜 已把 [BD-001-2026W48] 省级运营商拓展 改派给 王五，您不再负责此任务。", told.Text);
        Assert.Equal("张伟 → 王五", Bot.Tasks.History("BD-001-2026W48", 1)[0].Reason);
    }

    [Fact]
    public async Task PriorityAndDueDateAreSetInTheFormsPeopleTypeAndBadDatesAreRefused()
    {
        await SayAsync(AsZhang("认领 BD-001"));

        var priority = await SayAsync(AsLi("优先级 BD-001 P0"));
        var due = await SayAsync(AsZhang("截止 BD-001 周五"));
        var unreadable = await SayAsync(AsZhang("截止 BD-001 下下周"));
        var past = await SayAsync(AsZhang("截止 BD-001 11-20"));
        var notLead = await SayAsync(AsZhang("优先级 BD-001 P3"));

        Assert.Equal("🔺 [BD-001-2026W48] 省级运营商拓展 的优先级已改为 P0。", priority);
        Assert.Equal("📅 [BD-001-2026W48] 省级运营商拓展 的截止日期已改为 2026-11-27。", due);
        Assert.Equal("无法识别日期 “下下周”。可以写：12-05、12月5日、2026-12-05、今天、明天、周五、下周一。", unreadable);
        Assert.Equal("2026-11-20 已经过去，请给一个今天或以后的日期。", past);
        Assert.Equal("只有央企BD组长 李娜、管理员或董事长可以调整 [BD-001-2026W48] 省级运营商拓展 的优先级。", notLead);
        var task = Bot.Tasks.Find("BD-001-2026W48")!;
        Assert.Equal((Priority.P0, new DateTimeOffset(2026, 11, 27, 23, 59, 59, TimeSpan.FromHours(8))), (task.Priority, task.DueAt));
    }

    [Fact]
    public async Task SeveralIdsAreEachActedOnAndEachReported()
    {
        var reply = await SayAsync(AsZhang("认领 BD-012 BD-013 BD-099"));

        Assert.Equal(
            "✅ 已认领 [BD-012-2026W48] 新能源企业拓展，状态：执行中。完成后发送 “完成 BD-012-2026W48”。\n\n" +
            "✅ 已认领 [BD-013#1] 能源行业解决方案，状态：执行中。完成后发送 “完成 BD-013#1”。\n\n" +
            "找不到任务 “BD-099”。您是不是想找：[BD-031] 商机跟踪、[BD-030] 商机发现、[BD-022] 石化行业解决方案？",
            reply);
        Assert.Equal("29:user-zhang", Bot.Tasks.Find("BD-013#1")!.OwnerId);
    }

    [Fact]
    public async Task ANonOwnersProgressIsRefusedInAWholeSentence()
    {
        await SayAsync(AsZhang("认领 BD-011"));

        var zh = await SayAsync(AsLi("进度 BD-011 50% 已对接"));
        var en = await SayAsync(AsLi("progress BD-011 50% met them"));

        Assert.Equal("只有负责人 张伟可以更新 [BD-011-2026M11] 南方电网拓展 的进度。", zh);
        Assert.Equal("Only the owner 张伟 can update the progress of [BD-011-2026M11] 南方电网拓展.", en);
    }

    [Fact]
    public async Task AnOnDemandTemplateIsStartedWithNewAndHistoryListsItsInstances()
    {
        var started = await SayAsync(AsZhang("新建 CS-002 华为项目交付"));
        await SayAsync(AsZhang("认领 BD-003"));
        await SayAsync(AsZhang("完成 BD-003"));

        var history = await SayAsync(AsZhang("历史 BD-003"));

        Assert.StartsWith("🆕 已新建 [CS-002#1] 服务交付：华为项目交付（P2）。", started);
        Assert.Equal("📜 [BD-003] 运营商集采参与 的历次实例（最近 1 个）\n- [BD-003-2026Q4] 已完成 · 张伟 · 截止 12-31", history);
    }

    [Fact]
    public async Task AnAdminNamesAPoolLeadAndEveryoneCanSeeTheRoles()
    {
        var refused = await SayAsync(Mentioning(AsZhang("设为组长 PD"), "29:user-zhao", "赵敏"));
        var set = await SayAsync(Mentioning(Personal(Connector.ServiceUrl, "设为组长 PD", "29:user-admin", "管理员"), "29:user-zhao", "赵敏"));
        await SayAsync(AsLi("角色"));
        var roles = await SayAsync(AsZhang("角色"));

        Assert.Equal("只有管理员可以设定组长。", refused);
        Assert.Equal("✅ 已将 赵敏 设为AI产品任务池组长。", set);
        Assert.Contains("- AI产品任务池组长：赵敏", roles);
        Assert.Contains("- 央企BD任务池组长：李娜", roles);
        Assert.Contains("- 管理员：管理员", roles);
    }

    [Fact]
    public async Task ANewTaskInEnglishTakesAQuotedTitleAPriorityAndADate()
    {
        var created = await SayAsync(AsZhang("new BD \"Visit Guangdong Mobile\" P0 due next mon"));
        var bad = await SayAsync(AsZhang("new XX something"));

        Assert.Equal("🆕 Created [BD-1001] Visit Guangdong Mobile (P0, Due 2026-11-30). To take it, send \"claim BD-1001\".", created);
        Assert.Equal("No pool or template \"XX\". Pools: BD, PD, CS, EC, OP.", bad);
        Assert.Equal(Priority.P0, Bot.Tasks.Find("BD-1001")!.Priority);
    }

    [Fact]
    public async Task ListsFilterByAMentionedOwnerStateAndPriority()
    {
        await SayAsync(AsZhang("认领 BD-001"));
        await SayAsync(AsLi("优先级 BD-001 P0"));
        await SayAsync(AsLi("认领 BD-010"));

        await Bot.PostAsync(Mentioning(AsLi("任务"), "29:user-zhang", "张伟"));
        var byOwner = await Connector.WaitForAsync(s => s.CardText.StartsWith("📋 在途任务 · @张伟", StringComparison.Ordinal));
        var p0 = await SayAsync(AsLi("任务 BD P0"));

        Assert.Contains("[BD-001-2026W48] 省级运营商拓展", byOwner.CardText);
        Assert.DoesNotContain("BD-010", byOwner.CardText);
        Assert.Equal("📋 央企BD任务池 · P0", p0);
    }
}
