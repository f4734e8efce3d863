using NorthPool.Crm;
using NorthPool.Localization;
using NorthPool.Reports;
using NorthPool.Tests.Reports;
using static NorthPool.Tests.Support.People;

namespace NorthPool.Tests.Crm;

// 八's CRM part, and 三's ▲/▼ against the report sent before.
public class CrmAlertTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static Task<Contract> SignAsync(CrmFixture crm, Customer customer, DateOnly signed, int months = 12, decimal amount = 500_000m) =>
        crm.Contracts.CreateAsync(new Contract { Amount = amount, SignedOn = signed, TermMonths = months, OwnerId = Zhang.Id, CreatedAt = crm.Store.Time.GetUtcNow() }, customer, Zhang, null, default);

    private static Task<OpportunityCreated> DealAsync(CrmFixture crm, Customer customer, DateOnly? close = null, long? renews = null) =>
        crm.Opportunities.CreateAsync(new Opportunity
        {
            Title = renews is null ? "扩容" : "续约", Amount = 300_000m, ExpectedClose = close, RenewsContractId = renews, OwnerId = Zhang.Id,
            CreatedAt = crm.Store.Time.GetUtcNow(), UpdatedAt = crm.Store.Time.GetUtcNow(),
        }, customer, Zhang, null, default);

    [Fact]
    public async Task ContractsEndingWithin30DaysWithoutARenewalDealQuietKeyCustomersAndDealsPastTheirCloseAreWarned()
    {
        using var crm = new CrmFixture();
        var now = crm.Store.Time.GetUtcNow();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom, isKey: true);
        var gx = await crm.AddAsync("广西移动", Industry.Telecom, isKey: true);
        var hn = await crm.AddAsync("海南电信", Industry.Telecom, isKey: true);
        var ending = await SignAsync(crm, gd, new DateOnly(2025, 12, 10));
        var renewed = await SignAsync(crm, gx, new DateOnly(2025, 12, 1));
        await SignAsync(crm, gd, new DateOnly(2026, 2, 1));
        await DealAsync(crm, gx, renews: renewed.Id);
        await DealAsync(crm, gd, close: new DateOnly(2026, 11, 20));
        await crm.VisitAsync(gd, Zhang, "讨论续约", at: now.AddDays(-3));
        await crm.VisitAsync(gx, Zhang, "年度回顾", at: now.AddDays(-20));

        var alerts = crm.Figures().Read(now, Shanghai).Alerts;

        Assert.Equal(
            [
                new CrmAlert(CrmAlertKind.ContractEnding, $"{ending.Label} 广东移动", new DateOnly(2026, 12, 9), 15),
                new CrmAlert(CrmAlertKind.KeyCustomerQuiet, $"{hn.Label} 海南电信"),
                new CrmAlert(CrmAlertKind.KeyCustomerQuiet, $"{gx.Label} 广西移动", Days: 20),
                new CrmAlert(CrmAlertKind.DealPastClose, "#2 广东移动 扩容", new DateOnly(2026, 11, 20), 4),
            ],
            alerts);
    }

    [Fact]
    public async Task TheAlertsReadInSection8AfterTheTaskWarnings()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom, isKey: true);
        using var report = new ReportFixture();
        var figures = crm.Figures(report.Options).Read(ReportFixture.At, Shanghai);

        var eight = report.Sections.For(report.Builder.Build(ReportFixture.At, null) with { Crm = figures }, Language.ZhCn, Shanghai)[7];

        Assert.Equal(("客户与合同预警", "1项"), (eight.Lines[^2].Label, eight.Lines[^2].Value));
        Assert.Equal($"重点客户久未联系：{gd.Label} 广东移动，尚无联系记录", eight.Lines[^1].Value);
    }

    [Fact]
    public async Task Section3ShowsEachFigureWithItsChangeSinceTheReportBefore()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        var contract = await SignAsync(crm, gd, new DateOnly(2026, 11, 24), amount: 500_000m);
        using var report = new ReportFixture();
        var before = report.Builder.Build(ReportFixture.At, null) with { Crm = crm.Figures(report.Options).Read(ReportFixture.At, Shanghai) };
        await crm.Contracts.RecordReceiptAsync(contract.Id, 200_000m, new DateOnly(2026, 11, 24), Zhang, crm.Store.Time.GetUtcNow(), null, default);

        var after = report.Builder.Build(ReportFixture.At.AddHours(2), before.Snapshot()) with { Crm = crm.Figures(report.Options).Read(ReportFixture.At.AddHours(2), Shanghai) };
        var three = report.Sections.For(after, Language.ZhCn, Shanghai)[2].Lines.ToDictionary(l => l.Label ?? "", l => l.Value);

        Assert.Equal("1个（金额：50万）", three["今日新增合同"]);
        Assert.Equal("20万 ▲20", three["今日回款"]);
        Assert.Equal("20万 ▲20", three["本周累计回款"]);
    }
}
