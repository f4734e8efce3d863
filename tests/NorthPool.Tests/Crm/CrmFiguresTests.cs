using Microsoft.Extensions.Options;
using NorthPool.Crm;
using NorthPool.Localization;
using NorthPool.Reports;
using static NorthPool.Tests.Support.People;

namespace NorthPool.Tests.Crm;

public class CrmFiguresTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static DateTimeOffset Local(int day, int hour, int minute) => new(2026, 11, day, hour, minute, 0, TimeSpan.FromHours(8));

    private static CrmFigures Read(CrmFixture crm, DateTimeOffset at) =>
        crm.Figures(new ReportOptions { MonthlyContractTargetWan = 500 }).Read(at, Shanghai);

    [Fact]
    public void WithNothingRecordedEveryCrmSectionSaysSoAndNoZeroReadsAsAResult()
    {
        using var crm = new CrmFixture();
        using var report = new Reports.ReportFixture();

        var figures = Read(crm, Local(24, 10, 0));
        var sections = report.Sections.For(report.Builder.Build(Reports.ReportFixture.At, null) with { Crm = figures }, Language.ZhCn, Shanghai);

        Assert.Null(figures.Customers);
        var sales = sections[2].Lines.Select(l => l.Value).ToList();
        Assert.Contains("合同与回款：暂无记录（录入合同、回款后显示）", sales);
        Assert.DoesNotContain(sales, l => l.Contains("0万（0%）", StringComparison.Ordinal));
        Assert.Equal("暂无数据（CRM 尚无记录）", Assert.Single(sections[4].Lines).Value);
    }

    [Fact]
    public async Task KeyCustomersShowTheirLastContactHowLongAgoAndTheNextStep()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom, isKey: true);
        await crm.AddAsync("南方电网", Industry.Energy, isKey: true);
        await crm.AddAsync("某市水务", Industry.Other);
        await crm.Visits.RecordAsync(new Visit
        {
            ById = Zhang.Id, ByName = Zhang.Name, At = Local(24, 15, 0), Summary = "讨论智能客服试点", NextStep = "演示", NextStepOn = new DateOnly(2026, 12, 5),
        }, gd, Zhang, default);

        var figures = Read(crm, Local(26, 10, 0)).Customers!;

        Assert.Equal((2, 1, 1), (figures.KeyAccounts, figures.ContactsThisWeek, figures.CustomersContactedThisWeek));
        var last = figures.KeyCustomers.Single(k => k.Name == "广东移动").Last!;
        Assert.Equal((2, "张伟", "演示", new DateOnly(2026, 12, 5)), (last.DaysAgo, last.By, last.NextStep, last.NextStepOn));
        Assert.Null(figures.KeyCustomers.Single(k => k.Name == "南方电网").Last);
    }

    [Fact]
    public async Task TheWeekStartsAtMondayMidnightInTheReportZone()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        await crm.VisitAsync(gd, Zhang, "周日晚", at: Local(29, 23, 59));
        await crm.VisitAsync(gd, Zhang, "周一零点", at: Local(30, 0, 1));

        // Sunday 23:59 belongs to the week that ends then; Monday 00:01 starts a new one (Shanghai, not UTC).
        Assert.Equal(1, Read(crm, Local(29, 23, 59).AddSeconds(30)).Customers!.ContactsThisWeek);
        Assert.Equal(1, Read(crm, Local(30, 0, 2)).Customers!.ContactsThisWeek);
    }
}
