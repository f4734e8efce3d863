using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NorthPool.Crm;
using NorthPool.IntegrationTests.Support;
using NorthPool.Storage;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// Card forms: typed or opened from a customer card, checked field by field, created through the record's verb and
// edited through its store with the owner rule.
public sealed class CrmFormTests : BotTest
{
    private NorthPoolDb Db => Bot.App.Services.GetRequiredService<NorthPoolDb>();

    private async Task<SentActivity> SayAsync(string text, string userId = "29:user-zhang", string name = "张伟", string locale = "zh-CN")
    {
        var activity = Personal(Connector.ServiceUrl, text, userId, name, locale: locale);
        Assert.Equal(HttpStatusCode.OK, (await Bot.PostAsync(activity)).StatusCode);
        return await Connector.ReplyActivityAsync((string)activity["id"]!);
    }

    // Presses a form card's button with the inputs filled in, as Teams sends them: the action's data merged with them.
    private async Task<(string Text, JsonElement Card)> PressAsync(object data, string userId = "29:user-zhang", string name = "张伟")
    {
        var conversation = Personal(Connector.ServiceUrl, "", userId, name);
        var response = await Bot.PostAsync(Press(conversation, "1001", "form", data, userId, name));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        var card = body.GetProperty("value");
        return (CardContent.Flatten(card), card);
    }

    private static Dictionary<string, string> Form(string form, params (string Key, string Value)[] inputs)
    {
        var data = new Dictionary<string, string> { ["form"] = form, ["formSubmit"] = "1", ["lang"] = "zh-CN" };
        foreach (var (key, value) in inputs)
            data[key] = value;
        return data;
    }

    private static IEnumerable<string> InputIds(JsonElement card) =>
        card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString()!.StartsWith("Input.", StringComparison.Ordinal)).Select(e => e.GetProperty("id").GetString()!);

    [Fact]
    public async Task AVisitFormOpensWithTheCustomerFilledInRefusesAMissingSummaryAndThenCountsTowardBd001()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");
        await SayAsync("认领 BD-001");

        var opened = await SayAsync("表单 拜访 广东移动");
        var card = opened.Card!.Value;
        Assert.Equal(["customer", "kind", "summary", "nextOn", "nextStep"], InputIds(card));
        Assert.Equal("广东移动", card.GetProperty("body")[1].GetProperty("value").GetString());
        Assert.Contains("[提交]", opened.CardText);

        var missing = await PressAsync(Form("visit", ("customer", "广东移动"), ("kind", "Visit"), ("summary", " "), ("nextOn", "2026-12-05")));
        Assert.Contains("⚠️ 请修正标出的栏目后再提交。", missing.Text);
        Assert.Contains("请填写内容。", missing.Text);
        Assert.Empty(Db.Visits.FindAll());

        var saved = await PressAsync(Form("visit", ("customer", "广东移动"), ("kind", "Call"), ("summary", "讨论 下一步 试点"), ("nextOn", "2026-12-05"), ("nextStep", "演示")));
        Assert.Contains("✅ 已记录电话：广东移动 — 讨论 下一步 试点", saved.Text);
        Assert.Contains("下一步（12-05）：演示", saved.Text);
        Assert.Contains("已计入 [BD-001-2026W48] 省级运营商拓展：1/3 家", saved.Text);
        Assert.False(saved.Card.TryGetProperty("actions", out _));
        var visit = Assert.Single(Db.Visits.FindAll());
        Assert.Equal(new DateOnly(2026, 12, 5), visit.NextStepOn);
    }

    [Fact]
    public async Task AFormWhoseCommandIsRefusedIsShownAgainWithTheAnswerAndTheValuesKept()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");

        var unknown = await PressAsync(Form("opportunity", ("customer", "广东移送"), ("title", "智能客服"), ("amount", "80"), ("stage", "Proposal")));
        Assert.Contains("未找到客户「广东移送」。您是不是要找：C1 广东移动？", unknown.Text);
        Assert.Equal("智能客服", unknown.Card.GetProperty("body").EnumerateArray().First(e => e.TryGetProperty("id", out var id) && id.GetString() == "title").GetProperty("value").GetString());

        var badAmount = await PressAsync(Form("opportunity", ("customer", "广东移动"), ("title", "智能客服"), ("amount", "八十"), ("stage", "Proposal"), ("close", "12/20")));
        Assert.Contains("金额（万元）应为数字。", badAmount.Text);
        Assert.Contains("预计成交日期应为日期，如 2026-12-05。", badAmount.Text);
        var badStage = await PressAsync(Form("opportunity", ("customer", "广东移动"), ("title", "智能客服"), ("amount", "80"), ("stage", "Won")));
        Assert.Contains("阶段只能选：发现 / 跟进 / 方案 / 投标 / 谈判。", badStage.Text);
        Assert.Empty(Db.Opportunities.FindAll());
        Assert.Empty(Db.CrmChanges.Query().Where("$.Record = 'opportunity'").ToList());
    }

    [Fact]
    public async Task ADealIsCreatedAndEditedByFormAndOnlyItsOwnerOrALeadOrAnAdminMayEditIt()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");
        var created = await PressAsync(Form("opportunity", ("customer", "广东移动"), ("title", "智能客服 试点"), ("amount", "80.5"), ("stage", "Proposal"), ("close", "2026-12-20")));
        Assert.StartsWith("✅ 已录入商机 #1：广东移动 · 智能客服 试点 · 80.5万（方案）", created.Text);

        var opened = await PressAsync(new Dictionary<string, string> { ["form"] = "opportunity", ["record"] = "#1", ["lang"] = "zh-CN" });
        Assert.StartsWith("编辑商机 #1", opened.Text);
        Assert.Equal("80.5", opened.Card.GetProperty("body").EnumerateArray().First(e => e.TryGetProperty("id", out var id) && id.GetString() == "amount").GetProperty("value").GetRawText());

        var edit = Form("opportunity", ("record", "#1"), ("title", "智能客服 试点"), ("amount", "90"), ("stage", "Bid"), ("close", "2026-12-20"));
        var byLi = await PressAsync(edit, "29:user-li", "李娜");
        Assert.Contains("⛔ 您不能修改 #1：只有负责人 张伟、池负责人或管理员可以修改。", byLi.Text);
        Assert.Equal(805_000m, Db.Opportunities.FindById(1)!.Amount);

        var saved = await PressAsync(edit);
        Assert.Equal("✅ 已保存 #1 广东移动 智能客服 试点：修改了金额（万元）、阶段", saved.Text);
        var deal = Db.Opportunities.FindById(1)!;
        Assert.Equal((900_000m, NorthPool.Crm.OpportunityStage.Bid), (deal.Amount, deal.Stage));
        var audit = Db.CrmChanges.Query().Where("$.Action = 'edit'").ToList().Single();
        Assert.Equal("amount: 80.5 → 90; stage: Proposal → Bid", audit.Detail);

        var back = await PressAsync(Form("opportunity", ("record", "#1"), ("title", "智能客服 试点"), ("amount", "90"), ("stage", "FollowUp"), ("close", "2026-12-20")), "29:user-admin", "管理员");
        Assert.Contains("商机 #1 现为「投标」，不能改为「跟进」", back.Text);
        var lostNoReason = await PressAsync(Form("opportunity", ("record", "#1"), ("title", "智能客服 试点"), ("amount", "90"), ("stage", "Lost"), ("close", "2026-12-20")), "29:user-admin", "管理员");
        Assert.Contains("#1", lostNoReason.Text);
        Assert.Equal(NorthPool.Crm.OpportunityStage.Bid, Db.Opportunities.FindById(1)!.Stage);

        var unchanged = await PressAsync(edit);
        Assert.Contains("#1 没有改动。", unchanged.Text);
    }

    [Fact]
    public async Task ACustomerCardOffersItsFormsAndARenameToAnotherCustomersNameIsRefused()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");
        await SayAsync("客户 新建 广西电网 能源 省级");

        var card = await SayAsync("客户 广东移动");
        Assert.Contains("[记录拜访]", card.CardText);
        Assert.Contains("[新建商机]", card.CardText);
        Assert.Contains("[编辑]", card.CardText);
        Assert.Contains("[登记工单]", card.CardText);
        var edit = card.Card!.Value.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == "编辑").GetProperty("data");
        Assert.Equal("C1", edit.GetProperty("record").GetString());

        var opened = await PressAsync(new Dictionary<string, string> { ["form"] = "customer", ["record"] = "C1", ["lang"] = "zh-CN" });
        Assert.StartsWith("编辑客户 C1", opened.Text);

        var taken = await PressAsync(Form("customer", ("record", "C1"), ("name", "广东移动"), ("aliases", "广西电网"), ("industry", "Telecom"), ("level", "Province"), ("status", "Active"), ("key", "true")));
        Assert.Contains("客户已存在：C2 广西电网。", taken.Text);
        Assert.Empty(Db.Customers.FindById(1)!.Aliases);

        var saved = await PressAsync(Form("customer", ("record", "C1"), ("name", "中国移动广东公司"), ("aliases", "广东移动，粤移动"), ("industry", "Telecom"), ("level", "Province"), ("status", "Active"), ("key", "true")));
        Assert.Equal("✅ 已保存 C1 中国移动广东公司：修改了名称、别名、状态、重点客户", saved.Text);
        Assert.StartsWith("C1 中国移动广东公司", (await SayAsync("客户 粤移动")).Sentence);
    }

    [Fact]
    public async Task ProfileFieldsAreSetInChatShownOnTheCardAndEditedInTheForm()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");

        var set = await SayAsync("客户 画像 广东移动 决策人 王总 信息中心");
        Assert.Equal("✅ 已更新 C1 广东移动 的画像：决策人 = 王总 信息中心", set.Sentence);
        Assert.Contains("决策人: 王总 信息中心", set.CardText);
        await SayAsync("客户 画像 广东移动 预算.年 200万");
        Assert.StartsWith("⛔ 您不能修改 C1", (await SayAsync("客户 画像 广东移动 决策人 李总", "29:user-li", "李娜")).Sentence);

        var opened = await PressAsync(new Dictionary<string, string> { ["form"] = "customer", ["record"] = "C1", ["lang"] = "zh-CN" });
        Assert.Equal("决策人：王总 信息中心\n预算.年：200万", opened.Card.GetProperty("body").EnumerateArray().First(e => e.TryGetProperty("id", out var id) && id.GetString() == "profile").GetProperty("value").GetString());
        var saved = await PressAsync(Form("customer", ("record", "C1"), ("name", "广东移动"), ("industry", "Telecom"), ("level", "Province"), ("status", "Prospect"), ("key", "false"),
            ("profile", "决策人：王总 信息中心\n预算：300万\n没有冒号的一行")));
        Assert.Equal("✅ 已保存 C1 广东移动：修改了客户画像", saved.Text);
        Assert.Equal(new Dictionary<string, string> { ["决策人"] = "王总 信息中心", ["预算"] = "300万" }, Db.Customers.FindById(1)!.Profile);

        Assert.Equal("✅ 已删除 C1 广东移动 的画像字段「决策人」", (await SayAsync("客户 画像 广东移动 决策人")).Sentence);
        Assert.Equal(["预算"], Db.Customers.FindById(1)!.Profile.Keys);
    }

    [Fact]
    public async Task AContractAmountCannotBeEditedBelowWhatWasReceivedAndFormsSpeakEnglishToAnEnglishUser()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");
        await SayAsync("合同 广东移动 50万 12-01 NRT-Chat 1年");
        await SayAsync("回款 #C1 30万");

        var below = await PressAsync(Form("contract", ("record", "#C1"), ("amount", "20"), ("signed", "2026-12-01"), ("product", "NRT-Chat"), ("term", "12"), ("state", "Active")));
        Assert.Contains("#C1 已回款 30万，合同金额不能低于已回款。", below.Text);
        Assert.Equal(500_000m, Db.Contracts.FindById(1)!.Amount);
        var longer = await PressAsync(Form("contract", ("record", "#C1"), ("amount", "60"), ("signed", "2026-12-01"), ("product", "NRT-Chat"), ("term", "24"), ("state", "Active")));
        Assert.StartsWith("✅ 已保存 #C1 广东移动", longer.Text);
        Assert.Equal((600_000m, 24), (Db.Contracts.FindById(1)!.Amount, Db.Contracts.FindById(1)!.TermMonths));

        await SayAsync("合同 广东移动 10万 2025-12-10 NRT-Code 1年");
        var contracts = Bot.App.Services.GetRequiredService<ContractStore>();
        Assert.Single(contracts.EndingBetween(new DateOnly(2026, 11, 24), new DateOnly(2026, 12, 24)));
        var terminated = await PressAsync(Form("contract", ("record", "#C2"), ("amount", "10"), ("signed", "2025-12-10"), ("product", "NRT-Code"), ("term", "12"), ("state", "Terminated")));
        Assert.Equal("✅ 已保存 #C2 广东移动：修改了状态", terminated.Text);
        Assert.Empty(contracts.EndingBetween(new DateOnly(2026, 11, 24), new DateOnly(2026, 12, 24)));
        Assert.Contains("#C2 · 10万 · 2025-12-10 签约 · 已回 0万 · 待回 10万 · NRT-Code · 已终止", (await SayAsync("客户 广东移动")).CardText);

        var english = await SayAsync("form receipt", locale: "en-US");
        Assert.StartsWith("Record a receipt", english.CardText);
        Assert.Contains("<Amount (10k yuan, 万)>", english.CardText);
        var receipt = await PressAsync(new Dictionary<string, string> { ["form"] = "receipt", ["formSubmit"] = "1", ["lang"] = "en-US", ["contract"] = "#C1", ["amount"] = "-5" });
        Assert.Contains("Amount (10k yuan, 万) must be between 0.0001 and 1000000.", receipt.Text);
    }

    [Fact]
    public async Task AnUnknownCustomerIsCreatedOnlyThroughTheFormItsButtonOpensWithTheNameFilledIn()
    {
        var unknown = await SayAsync("拜访 海南电信 首次拜访");
        Assert.Equal("未找到客户「海南电信」。新客户请先建档：客户 新建 海南电信 通信 省级", unknown.Sentence);
        Assert.Empty(Db.Customers.FindAll());
        var button = unknown.Card!.Value.GetProperty("actions")[0];
        Assert.Equal("新建客户「海南电信」", button.GetProperty("title").GetString());

        var form = await PressAsync(button.GetProperty("data"));
        Assert.StartsWith("新建客户", form.Text);
        Assert.Equal("海南电信", form.Card.GetProperty("body").EnumerateArray().First(e => e.TryGetProperty("id", out var id) && id.GetString() == "name").GetProperty("value").GetString());
        var created = await PressAsync(Form("customer", ("name", "海南电信"), ("industry", "Telecom"), ("level", "City"), ("key", "false"), ("confirm", "false")));
        Assert.StartsWith("✅ 已建档 C1 海南电信（通信 · 地市）", created.Text);
    }

    [Fact]
    public async Task AVisitAndAReceiptAreCorrectedWithTheirFormsAndTheContractFollows()
    {
        await SayAsync("客户 新建 广东移动 通信 省级");
        Assert.Contains("讨论试点（#V1）", (await SayAsync("拜访 广东移动 讨论试点")).Sentence);
        await SayAsync("合同 广东移动 50万 12-01 NRT-Chat 1年");
        await SayAsync("回款计划 #C1 20万 12-31");
        Assert.EndsWith("· #R1", (await SayAsync("回款 #C1 30万")).Sentence);
        Assert.True(Db.Receivables.FindAll().Single().Settled);

        var visit = await PressAsync(Form("visit", ("record", "#V1"), ("kind", "Meeting"), ("summary", "讨论试点方案"), ("nextOn", "2026-12-08"), ("nextStep", "报价")));
        Assert.Equal("✅ 已保存 #V1 广东移动：修改了方式、内容、下一步日期、下一步", visit.Text);
        Assert.Equal((VisitKind.Meeting, "报价"), (Db.Visits.FindById(1)!.Kind, Db.Visits.FindById(1)!.NextStep));
        Assert.Contains("⛔ 您不能修改 #V1：只有负责人 张伟", (await PressAsync(Form("visit", ("record", "#V1"), ("kind", "Call"), ("summary", "x")), "29:user-li", "李娜")).Text);

        var tooMuch = await PressAsync(Form("receipt", ("record", "#R1"), ("amount", "60"), ("on", "2026-11-24")));
        Assert.Contains("回款改为 60万 会超过合同 #C1 可回的 50万，未保存。", tooMuch.Text);
        var corrected = await PressAsync(Form("receipt", ("record", "#R1"), ("amount", "15"), ("on", "2026-11-24")));
        Assert.Equal("✅ 已保存 #R1 #C1 广东移动：修改了金额（万元）", corrected.Text);
        Assert.Equal(150_000m, Db.Contracts.FindById(1)!.Received);
        Assert.False(Db.Receivables.FindAll().Single().Settled);
        Assert.Equal("未找到回款 #R9。", (await SayAsync("表单 回款 #R9")).Sentence);
        Assert.StartsWith("登记回款", (await SayAsync("表单 回款 广东移动")).CardText);
    }

    [Fact]
    public async Task AnUnknownFormOrRecordSaysWhichThereAre()
    {
        Assert.StartsWith("用法：表单 <客户、联系人、拜访、商机、合同、回款、工单、伙伴>", (await SayAsync("表单 汽车")).Sentence);
        Assert.Equal("未找到合同 #C9。", (await SayAsync("表单 合同 #C9")).Sentence);
    }
}
