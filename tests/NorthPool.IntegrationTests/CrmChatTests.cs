using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NorthPool.Crm;
using NorthPool.IntegrationTests.Support;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

public sealed class CrmChatTests : BotTest
{
    private async Task<string> SayAsync(string text)
    {
        var activity = Personal(Connector.ServiceUrl, text);
        var response = await Bot.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Connector.ReplyToAsync((string)activity["id"]!);
    }

    [Fact]
    public async Task ACustomerAddedInChatIsFoundByItsAliasAndAVisitRaisesTheOwnersBd001Tally()
    {
        var created = await SayAsync("客户 新建 中国移动广东公司 通信 省级 华南 重点 别名 广东移动");
        Assert.StartsWith("✅ 已建档 C1 中国移动广东公司（通信 · 省级 · 华南 · 重点客户）", created);

        await SayAsync("认领 BD-001");
        var visit = await SayAsync("拜访 广东移动 讨论智能客服试点 下一步 12-05 演示");

        Assert.Contains("✅ 已记录拜访：中国移动广东公司 — 讨论智能客服试点", visit);
        Assert.Contains("下一步（12-05）：演示", visit);
        Assert.Contains("已计入 [BD-001-2026W48] 省级运营商拓展：1/3 家", visit);
        Assert.Equal(1, Bot.Tasks.Find("BD-001-2026W48")!.Quota!.Done);
        var card = await SayAsync("客户 广东移动");
        Assert.StartsWith("C1 中国移动广东公司", card);
    }

    [Fact]
    public async Task AVisitRaisesBd001sTallyAndTheTasksCardPostedInTheGroupIsUpdatedInPlace()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");
        var claim = Group(Connector.ServiceUrl, "认领 BD-001", "29:user-zhang", "张伟");
        Assert.Equal(HttpStatusCode.OK, (await Bot.PostAsync(claim)).StatusCode);
        Assert.Contains("本期指标: 0/3 家", (await Connector.ReplyActivityAsync((string)claim["id"]!)).CardText);

        Assert.Contains("已计入 [BD-001-2026W48] 省级运营商拓展：1/3 家", await SayAsync("拜访 广东移动 讨论智能客服试点"));

        var update = await Connector.WaitForAsync(s => s.Method == "PUT" && s.Path.Contains("19%3Asales-group%40thread.v2", StringComparison.Ordinal)
            && s.CardText.Contains("BD-001-2026W48 · ", StringComparison.Ordinal));
        Assert.Contains("本期指标: 1/3 家", update.CardText);
    }

    [Fact]
    public async Task AnUnknownCustomerOrADuplicateChangesNothingAndSaysWhatToDo()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");

        Assert.Equal("客户已存在：C1 广东移动。查看：客户 广东移动", await SayAsync("客户 新建 广东移动 通信"));
        Assert.StartsWith("⚠️ 发现相似客户：C1 广东移动。", await SayAsync("客户 新建 广东移动公司广州分公司 通信"));
        Assert.Equal("未找到客户「广东移送」。您是不是要找：C1 广东移动？", await SayAsync("拜访 广东移送 讨论"));
        Assert.Equal("无法识别日期「13-45」，请写 12-05、明天、下周一。", await SayAsync("拜访 广东移动 讨论 下一步 13-45 演示"));

        var db = Bot.App.Services.GetRequiredService<NorthPool.Storage.NorthPoolDb>();
        Assert.Single(db.Customers.FindAll());
        Assert.Empty(db.Visits.FindAll());
    }

    [Fact]
    public async Task AnOpportunityIsAddedCountedTowardBd030AdvancedAndShownInTheFunnel()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");
        await SayAsync("认领 BD-030");

        var created = await SayAsync("商机 广东移动 智能客服试点 80万 方案 预计 12-20");
        Assert.StartsWith("✅ 已录入商机 #1：广东移动 · 智能客服试点 · 80万（方案）", created);
        Assert.Contains("已计入 [BD-030-2026W48] 商机发现：1/10 条", created);

        Assert.Equal("✅ 商机 #1 广东移动 智能客服试点：方案 → 投标", await SayAsync("商机 推进 #1 投标"));
        Assert.Equal("商机 #1 现为「投标」，不能改为「跟进」（只能向后推进，或输单）。", await SayAsync("商机 推进 #1 跟进"));
        Assert.Equal("无法识别金额「80万x」，请写 80万、80w、800000 或 ¥800,000。", await SayAsync("商机 广东移动 另一个 80万x"));

        var funnel = await SayAsync("漏斗");
        Assert.StartsWith("销售漏斗（在跟 1 条）", funnel);
        Assert.Contains("- 投标：1条 · 80万 · 赢率 60%", funnel);
        Assert.Contains("加权金额 48万", funnel);
    }

    [Fact]
    public async Task AContractAndItsReceiptsAreRegisteredByChatAndAnOverpaymentIsRefused()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");

        Assert.Equal("✅ 已登记合同 #C1：广东移动 · 50万 · 2026-12-01 签约 · 12个月 · NRT-Chat", await SayAsync("合同 广东移动 50万 12-01 NRT-Chat 1年"));
        Assert.Equal("✅ 已登记回款 #C1：30万（广东移动），累计 30万 / 50万，待回 20万 · #R1", await SayAsync("回款 广东移动 30万"));
        await SayAsync("回款计划 #C1 25万 11-20");
        await SayAsync("回款计划 #C1 25万 12-31");
        var activity = Personal(Connector.ServiceUrl, "客户 广东移动");
        await Bot.PostAsync(activity);
        var card = (await Connector.ReplyActivityAsync((string)activity["id"]!)).CardText;
        Assert.Contains("应收（回款计划）\n#C1 · 2026-12-31 应收 25万", card);
        Assert.DoesNotContain("2026-11-20", card);
        Assert.Equal("回款 30万 超过合同 #C1 的待回金额 20万，未登记。", await SayAsync("回款 #C1 30万"));
        Assert.Equal("未找到合同 #C9。", await SayAsync("回款 #C9 1万"));
        Assert.Equal("无法识别「12-45」。合同写法：合同 广东移动 50万 12-01 NRT-Chat 1年", await SayAsync("合同 广东移动 50万 12-45"));

        var db = Bot.App.Services.GetRequiredService<NorthPool.Storage.NorthPoolDb>();
        Assert.Single(db.Contracts.FindAll());
        Assert.Equal(300_000m, db.Contracts.FindAll().Single().Received);
    }

    [Fact]
    public async Task TargetsShowTheYearAgainstThemAndOnlyAdminsSetThem()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");
        await SayAsync("合同 广东移动 100万 11-20 NRT-Chat");

        var shown = await SayAsync("目标");
        Assert.StartsWith("🎯 2026 年度目标（时间进度 89.9%）", shown);
        Assert.Contains("- 合同额：目标 1000万 · 已完成 100万（10.0%） · 落后时间进度", shown);
        Assert.Contains("- 续约率：目标 ≥85% · 暂无数据（CRM 尚未记录）", shown);
        Assert.Contains("本月落地预测 100万 = 已签 100万 + 商机 0万", shown);

        Assert.Equal("只有管理员可以设定目标。", await SayAsync("目标 合同额 2027 1200万"));
        var activity = Personal(Connector.ServiceUrl, "目标 合同额 2027 1200万", userId: "29:user-admin", name: "王董事长");
        await Bot.PostAsync(activity);
        Assert.Equal("✅ 已将 2027 年「合同额」目标设为 1200万。", await Connector.ReplyToAsync((string)activity["id"]!));
    }

    [Fact]
    public async Task AContractRegisteredFromADealWinsTheDealAndADealOfAnotherCustomerIsRefused()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");
        await SayAsync("客户 新建 广西电网 能源 省级");
        await SayAsync("商机 广东移动 智能客服 80万 谈判");

        Assert.Equal("商机 #1 属于 广东移动，不是 广西电网 的，未登记。", await SayAsync("合同 广西电网 80万 商机 #1"));
        Assert.Equal("✅ 已登记合同 #C1：广东移动 · 80万 · 2026-11-24 签约 · 12个月 · NRT-Chat · 商机 #1 已赢单", await SayAsync("合同 广东移动 80万 NRT-Chat 商机 #1"));
        var db = Bot.App.Services.GetRequiredService<NorthPool.Storage.NorthPoolDb>();
        Assert.Equal((OpportunityStage.Won, 1L), (db.Opportunities.FindById(1)!.Stage, db.Contracts.FindById(1)!.OpportunityId!.Value));
        Assert.Equal("未找到商机 #9。查看：商机 列表", await SayAsync("合同 广东移动 80万 商机 #9"));
    }

    [Fact]
    public async Task AnAdminSetsAMonthlyTargetThatTargetsShowsAndTheReportMeasuresTheMonthAgainst()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");
        await SayAsync("合同 广东移动 30万 11-20 NRT-Chat");
        Assert.Contains("本月（2026-11）未设月度目标；管理员可设：目标 合同额 2026-11 120万", await SayAsync("目标"));

        async Task<string> AdminAsync(string text)
        {
            var activity = Personal(Connector.ServiceUrl, text, userId: "29:user-admin", name: "王董事长");
            await Bot.PostAsync(activity);
            return await Connector.ReplyToAsync((string)activity["id"]!);
        }
        Assert.Equal("✅ 已将 2026-11「合同额」月度目标设为 120万。", await AdminAsync("目标 合同额 2026-11 120万"));
        Assert.StartsWith("月度目标只适用于金额类指标", await AdminAsync("目标 活跃客户 2026-11 20"));
        Assert.StartsWith("设定目标：", await AdminAsync("目标 合同额 2026-13 120万"));

        var shown = await SayAsync("目标");
        Assert.Contains("本月目标（2026-11）：\n- 合同额：目标 120万 · 本月已完成 30万（25.0%）", shown);
        var figures = Bot.App.Services.GetRequiredService<NorthPool.Reports.ICrmFigureSource>().Read(NorthPoolApp.Start, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
        Assert.Equal(120m, figures.MonthTargetWan);
    }

    [Fact]
    public async Task ATicketIsOpenedTakenAndResolvedInChatAndGoesIntoTheResolversCs001()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");
        await SayAsync("合同 广东移动 50万 NRT-Chat");
        var cs001 = Bot.Tasks.OpenOf("CS-001").Single().Id;
        await SayAsync($"认领 {cs001}");

        Assert.Equal("✅ 已登记工单 #T1：广东移动 · 高 · 智能客服答非所问 · NRT-Chat。处理：工单 处理 #T1", await SayAsync("工单 广东移动 智能客服答非所问 高"));
        Assert.Equal("✅ 工单 #T1（广东移动 智能客服答非所问）：新建 → 处理中", await SayAsync("工单 处理 #T1"));
        var resolved = await SayAsync("工单 解决 #T1 已调整知识库");

        Assert.StartsWith("✅ 工单 #T1（广东移动 智能客服答非所问）：处理中 → 已解决", resolved);
        Assert.Contains($"已记入 [{cs001}] 问题处理 的处理记录", resolved);
        Assert.Equal("工单 #T1 现为「已解决」，不能改为「已解决」。", await SayAsync("工单 解决 #T1"));
        Assert.Equal("未找到工单 #T9。", await SayAsync("工单 关闭 #T9"));
        Assert.StartsWith("暂无未关闭的工单。", await SayAsync("工单 列表"));
        Assert.StartsWith("请写明问题", await SayAsync("工单 广东移动 高"));
        var db = Bot.App.Services.GetRequiredService<NorthPool.Storage.NorthPoolDb>();
        Assert.Single(db.Tickets.FindAll());
    }

    [Fact]
    public async Task APartnerIsAddedCountedTowardEc001ContactedAndCreditedWithTheDealItBrought()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");
        await SayAsync("认领 EC-001");

        var added = await SayAsync("伙伴 新建 华为 技术 战略");
        Assert.StartsWith("✅ 已登记合作伙伴 #P1 华为（技术 · 战略）", added);
        Assert.Contains("已计入 [EC-001-2026M11] 技术伙伴拓展：1/2 家", added);
        Assert.Equal("合作伙伴已存在：#P1 华为。", await SayAsync("伙伴 新建 华为 渠道"));
        Assert.Equal("请写明伙伴类型，例如：伙伴 新建 某协会 技术（技术、渠道、系统集成商、协会）", await SayAsync("伙伴 新建 某协会"));
        Assert.Equal("✅ 已记录与 #P1 华为 的联系：讨论联合方案", await SayAsync("伙伴 联系 华为 讨论联合方案"));
        Assert.Equal("未找到合作伙伴「华伟」。登记：伙伴 新建 华伟 技术", await SayAsync("伙伴 联系 华伟 讨论"));
        Assert.StartsWith("✅ 已录入商机 #1：广东移动 · 联合方案 · 100万（发现）", await SayAsync("商机 广东移动 联合方案 100万 来源 华为"));
        Assert.StartsWith("未找到合作伙伴「华伟」。", await SayAsync("商机 广东移动 联合方案 100万 来源 华伟"));
        Assert.StartsWith("合作伙伴（1家）", await SayAsync("伙伴 列表"));

        var db = Bot.App.Services.GetRequiredService<NorthPool.Storage.NorthPoolDb>();
        Assert.Equal(1, db.Partners.Count());
        Assert.Equal("华为", Assert.Single(db.Opportunities.FindAll()).PartnerName);
    }

    [Fact]
    public async Task AContractNearItsEndOpensACs010RenewalReminderForItsOwnerWithTheNextRefreshAndADealCanRenewIt()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");
        Assert.StartsWith("✅ 已登记合同 #C1：广东移动 · 50万 · 2025-12-10 签约 · 12个月", await SayAsync("合同 广东移动 50万 2025-12-10 1年"));

        await Bot.App.Services.GetRequiredService<NorthPool.Pools.PoolRefresh>().RunAsync(default);

        var reminder = Assert.Single(Bot.Tasks.OpenOf("CS-010"), t => t.Title.Contains("#C1"));
        Assert.Equal(("续约提醒：#C1 广东移动 2026-12-09 到期", NorthPool.Tasks.TaskState.InProgress), (reminder.Title, reminder.State));
        Assert.Equal("29:user-zhang", reminder.OwnerId);
        Assert.StartsWith("✅ 已录入商机 #1：广东移动 · 续约 · 50万", await SayAsync("商机 广东移动 续约 50万 续约 #C1"));
        Assert.Equal("未找到合同 #C9。", await SayAsync("商机 广东移动 续约 50万 续约 #C9"));
    }

    [Fact]
    public async Task AContactPersonIsAddedUpdatedAndShownAndABadPhoneOrEmailChangesNothing()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");

        Assert.Equal("✅ 已登记 广东移动 联系人：王总 · 信息中心主任 · 13800000000", await SayAsync("联系人 广东移动 王总 信息中心主任 13800000000"));
        Assert.Equal("✅ 已登记 广东移动 联系人：王总 · 信息中心主任 · 13800000000 · wang@gd.example.com", await SayAsync("联系人 广东移动 王总 wang@gd.example.com"));
        Assert.Equal("无法识别邮箱「wang@」，请写 name@example.com。", await SayAsync("联系人 广东移动 李经理 wang@"));
        Assert.Equal("无法识别电话「12ab」，请写 13800000000 或 020-12345678。", await SayAsync("联系人 广东移动 李经理 12ab"));
        Assert.Equal("广东移动 联系人（1位）\n\n- 王总 · 信息中心主任 · 13800000000 · wang@gd.example.com", await SayAsync("联系人 广东移动"));

        var db = Bot.App.Services.GetRequiredService<NorthPool.Storage.NorthPoolDb>();
        Assert.Single(db.Contacts.FindAll());
    }
}
