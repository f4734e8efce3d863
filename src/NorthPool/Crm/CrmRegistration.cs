using Microsoft.Extensions.DependencyInjection.Extensions;
using NorthPool.Commands;
using NorthPool.Exports;
using NorthPool.Imports;
using NorthPool.Pools;
using NorthPool.Reports;
using NorthPool.Storage;

namespace NorthPool.Crm;

public static class CrmRegistration
{
    // Customers, contacts (拜访), deals, contracts and receipts, tickets, partners, the rules that count them toward task quotas, the annual
    // targets, and the report's CRM figures. The rules file and the catalog's targets are read at start-up: a bad one
    // stops it with one line naming the file.
    public static WebApplicationBuilder AddCrm(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddStoreCollections(CrmCollections.All);
        services.AddSingleton(sp => CrmQuotaRules.Load(CrmQuotaRules.DefaultPath, sp.GetRequiredService<Catalog>()));
        services.AddHostedService<QuotaRulesCheck>();
        services.AddSingleton<CustomerDirectory>();
        services.AddRowChangeHandler<CustomerRowChanges>();
        services.AddRowChangeHandler<CrmChangeRowChanges>();
        services.AddSingleton<CustomerResolver>();
        services.AddSingleton<CrmChangeFeed>();
        services.AddSingleton<CrmChangeLog>();
        services.AddSingleton<QuotaCounter>();
        services.AddSingleton<CustomerStore>();
        services.AddSingleton<VisitStore>();
        services.AddSingleton<OpportunityStore>();
        services.AddSingleton<ContractStore>();
        services.AddSingleton<TargetStore>();
        services.AddSingleton<IInstanceSource, RenewalReminders>();
        services.AddSingleton<Board.ICustomerStepSource, VisitStepsDue>();
        services.AddExportSheet<CustomerSheet>();
        services.AddImportSheet<CustomerImport>();
        services.AddExportSheet<ContractSheet>();
        services.AddSingleton<ContactStore>();
        services.AddSingleton<ContactCommand>();
        services.AddSingleton<TicketStore>();
        services.AddSingleton<TicketCommand>();
        services.AddSingleton<PartnerStore>();
        services.AddSingleton<PartnerCommand>();
        services.AddSingleton<CustomerCardBuilder>();
        services.AddSingleton<CustomerCommand>();
        services.AddSingleton<VisitCommand>();
        services.AddSingleton<OpportunityCommand>();
        services.AddSingleton<ContractCommand>();
        services.AddSingleton(sp => AnnualTargets.Load(Catalog.DefaultPath, sp.GetRequiredService<NorthPoolDb>()));
        services.AddSingleton<TargetProgress>();
        services.AddSingleton<TargetsCommand>();
        services.Replace(ServiceDescriptor.Singleton<ICrmFigureSource, CrmFigureSource>());
        services.AddSingleton<RecordEditor>();
        services.AddSingleton<CrmForm, CustomerForm>();
        services.AddSingleton<CrmForm, ContactForm>();
        services.AddSingleton<CrmForm, VisitForm>();
        services.AddSingleton<CrmForm, OpportunityForm>();
        services.AddSingleton<CrmForm, ContractForm>();
        services.AddSingleton<CrmForm, ReceiptForm>();
        services.AddSingleton<CrmForm, TicketForm>();
        services.AddSingleton<CrmForm, PartnerForm>();
        services.AddSingleton<CrmFormCommand>();

        services.AddVerb(new VerbSpec("customer", ["客户"], ["customer"])
        {
            HelpZh = "客户 新建 广东移动 通信 省级 — 客户建档；客户 广东移动 — 客户卡片；客户 列表 [通信]；客户 画像 广东移动 决策人 王总",
            HelpEn = "customer new \"Guangdong Mobile\" telecom province — add a customer; customer Guangdong Mobile — its card; customer list [telecom]; customer profile \"Guangdong Mobile\" \"decision maker\" Wang",
        }, sp => sp.GetRequiredService<CustomerCommand>().HandleAsync);
        services.AddVerb(new VerbSpec("visit", ["拜访", "联系"], ["visit", "contact"])
        {
            HelpZh = "拜访 广东移动 讨论智能客服试点 下一步 12-05 演示 — 记录客户联系（计入 BD-001 等拜访指标）",
            HelpEn = "visit \"Guangdong Mobile\" discussed the pilot next 12-05 demo — record a customer contact (counts toward BD-001 and the like)",
        }, sp => sp.GetRequiredService<VisitCommand>().HandleAsync);
        services.AddVerb(new VerbSpec("opportunity", ["商机"], ["opportunity", "deal"])
        {
            HelpZh = "商机 广东移动 智能客服 80万 方案 — 录入商机（计入 BD-030）；商机 推进 #12 投标；商机 列表",
            HelpEn = "opportunity \"Guangdong Mobile\" chatbot 800k proposal — add a deal (counts toward BD-030); opportunity advance #12 bid; opportunity list",
        }, sp => sp.GetRequiredService<OpportunityCommand>().HandleAsync);
        services.AddVerb(new VerbSpec("funnel", ["漏斗"], ["funnel"])
        {
            HelpZh = "漏斗 — 销售漏斗：各阶段商机数、金额与加权金额", HelpEn = "funnel — open deals by stage, amounts and the weighted total",
        }, sp => (call, _) => Task.FromResult(sp.GetRequiredService<OpportunityCommand>().Funnel(call.Context.Language)));
        services.AddVerb(new VerbSpec("contract", ["合同"], ["contract"])
        {
            HelpZh = "合同 广东移动 50万 12-01 NRT-Chat 1年 — 登记合同", HelpEn = "contract \"Guangdong Mobile\" 500k 12-01 NRT-Chat 1y — register a contract",
        }, sp => sp.GetRequiredService<ContractCommand>().ContractAsync);
        services.AddVerb(new VerbSpec("receipt", ["回款"], ["receipt"])
        {
            HelpZh = "回款 #C3 30万 — 登记回款（或 回款 广东移动 30万）", HelpEn = "receipt #C3 300k — record money received (or receipt \"Guangdong Mobile\" 300k)",
        }, sp => sp.GetRequiredService<ContractCommand>().ReceiptAsync);
        services.AddVerb(new VerbSpec("ticket", ["工单"], ["ticket"])
        {
            HelpZh = "工单 广东移动 智能客服答非所问 高 — 登记工单；工单 处理|解决|关闭|重开 #T3；工单 列表（解决的工单计入 CS-001）",
            HelpEn = "ticket \"Guangdong Mobile\" chatbot gives wrong answers high — open a ticket; ticket start|resolve|close|reopen #T3; ticket list (resolved ones go into CS-001)",
        }, sp => sp.GetRequiredService<TicketCommand>().HandleAsync);
        services.AddVerb(new VerbSpec("partner", ["伙伴", "合作伙伴"], ["partner"])
        {
            HelpZh = "伙伴 新建 华为 技术 [战略] — 登记合作伙伴（技术计入 EC-001，渠道计入 EC-002）；伙伴 联系 华为 讨论联合方案；伙伴 列表",
            HelpEn = "partner new Huawei technology [strategic] — add a partner (technology counts toward EC-001, channel toward EC-002); partner contact Huawei discussed a joint offer; partner list",
        }, sp => sp.GetRequiredService<PartnerCommand>().HandleAsync);
        services.AddVerb(new VerbSpec("receivable", ["回款计划"], ["receivable"])
        {
            HelpZh = "回款计划 #C3 20万 12-31 — 添加应收（逾期未回进入汇报八）；回款计划 #C3 — 查看",
            HelpEn = "receivable #C3 200k 12-31 — add an amount due (overdue ones show in the report's 8); receivable #C3 — show the plan",
        }, sp => sp.GetRequiredService<ContractCommand>().PlanAsync);
        services.AddVerb(new VerbSpec("contacts", ["联系人"], ["contacts", "person"])
        {
            HelpZh = "联系人 广东移动 王总 信息中心主任 13800000000 — 登记客户联系人；联系人 广东移动 — 查看",
            HelpEn = "contacts \"Guangdong Mobile\" Wang \"IT director\" 13800000000 — add a contact person; contacts \"Guangdong Mobile\" — list them",
        }, sp => sp.GetRequiredService<ContactCommand>().HandleAsync);
        services.AddVerb(new VerbSpec(FormCardBuilder.Verb, ["表单"], ["form"])
        {
            HelpZh = "表单 客户|联系人|拜访|商机|合同|回款|工单|伙伴 — 用卡片表单录入；表单 客户 广东移动、表单 商机 #12、表单 拜访 #V3、表单 回款 #R3 — 用表单编辑",
            HelpEn = "form customer|contacts|visit|deal|contract|receipt|ticket|partner — add one with a card form; form customer \"Guangdong Mobile\", form deal #12, form visit #V3, form receipt #R3 — edit one",
        }, sp => sp.GetRequiredService<CrmFormCommand>().HandleAsync);
        services.AddVerb(new VerbSpec("target", ["目标"], ["target", "targets"])
        {
            HelpZh = "目标 — 年度目标完成情况与本月落地预测；目标 合同额 2027 1200万 — 设定（管理员）",
            HelpEn = "target — the year's targets, how far along, and the month-end forecast; target contract-amount 2027 12000k — set one (admins)",
        }, sp => sp.GetRequiredService<TargetsCommand>().HandleAsync);
        return builder;
    }

    // Being constructed with the rules and the targets reads both files before the bot takes messages.
    private sealed class QuotaRulesCheck(CrmQuotaRules rules, AnnualTargets targets) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public (CrmQuotaRules, AnnualTargets) Read => (rules, targets);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
