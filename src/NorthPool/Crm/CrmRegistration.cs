using Microsoft.Extensions.DependencyInjection.Extensions;
using NorthPool.Commands;
using NorthPool.Pools;
using NorthPool.Reports;
using NorthPool.Storage;

namespace NorthPool.Crm;

public static class CrmRegistration
{
    // Customers and their contacts (拜访), the visit rules that count them toward task quotas, and the report's CRM
    // figures. The rules file is read at start-up: a bad one stops it with one line naming the file.
    public static WebApplicationBuilder AddCrm(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddStoreCollections(CrmCollections.All);
        services.AddSingleton(sp => CrmQuotaRules.Load(CrmQuotaRules.DefaultPath, sp.GetRequiredService<Catalog>()));
        services.AddHostedService<QuotaRulesCheck>();
        services.AddSingleton<CustomerDirectory>();
        services.AddSingleton<CustomerResolver>();
        services.AddSingleton<CrmStore>();
        services.AddSingleton<CustomerCardBuilder>();
        services.AddSingleton<CustomerCommand>();
        services.AddSingleton<VisitCommand>();
        services.AddSingleton<OpportunityCommand>();
        services.Replace(ServiceDescriptor.Singleton<ICrmFigureSource, CrmFigureSource>());

        services.AddVerb(new VerbSpec("customer", ["客户"], ["customer"])
        {
            HelpZh = "客户 新建 广东移动 通信 省级 — 客户建档；客户 广东移动 — 客户卡片；客户 列表 [通信]",
            HelpEn = "customer new \"Guangdong Mobile\" telecom province — add a customer; customer Guangdong Mobile — its card; customer list [telecom]",
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
        return builder;
    }

    // Being constructed with the rules reads them before the bot takes messages.
    private sealed class QuotaRulesCheck(CrmQuotaRules rules) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public CrmQuotaRules Rules => rules;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
