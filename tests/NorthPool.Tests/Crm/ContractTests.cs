using Microsoft.Extensions.Options;
using NorthPool.Crm;
using NorthPool.Reports;
using static NorthPool.Tests.Support.People;

namespace NorthPool.Tests.Crm;

public class ContractTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static Task<Contract> SignAsync(CrmFixture crm, Customer customer, decimal yuan, DateOnly on) =>
        crm.Contracts.CreateAsync(new Contract { Amount = yuan, SignedOn = on, TermMonths = 12, OwnerId = Zhang.Id, OwnerName = Zhang.Name, CreatedAt = crm.Store.Time.GetUtcNow() },
            customer, Zhang, null, default);

    private static Task<ReceiptRecording> PayAsync(CrmFixture crm, long contractId, decimal yuan, DateOnly on) =>
        crm.Contracts.RecordReceiptAsync(contractId, yuan, on, Zhang, crm.Store.Time.GetUtcNow(), null, default);

    [Fact]
    public async Task AReceiptNeverTakesAContractPastItsAmountAndASignedContractMakesTheCustomerActive()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        var contract = await SignAsync(crm, gd, 500_000m, new DateOnly(2026, 11, 24));

        var first = Assert.IsType<ReceiptRecording.Recorded>(await PayAsync(crm, contract.Id, 300_000m, new DateOnly(2026, 11, 24)));
        var tooMuch = Assert.IsType<ReceiptRecording.TooMuch>(await PayAsync(crm, contract.Id, 300_000m, new DateOnly(2026, 11, 25)));
        Assert.IsType<ReceiptRecording.NotFound>(await PayAsync(crm, 99, 1m, new DateOnly(2026, 11, 25)));

        Assert.Equal((300_000m, 200_000m), (first.Contract.Received, first.Contract.Outstanding));
        Assert.Equal(200_000m, tooMuch.Contract.Outstanding);
        Assert.Single(crm.Store.Db.Receipts.FindAll());
        Assert.Equal(CustomerStatus.Active, crm.Customers.Find(gd.Id)!.Status);
    }

    [Fact]
    public async Task SalesFiguresCountTodayTheWeekFromMondayAndTheMonthInTheReportZone()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        await SignAsync(crm, gd, 1_000_000m, new DateOnly(2026, 11, 2));   // this month, an earlier week
        await SignAsync(crm, gd, 300_000m, new DateOnly(2026, 11, 23));    // Monday this week
        var today = await SignAsync(crm, gd, 500_000m, new DateOnly(2026, 11, 25));
        await SignAsync(crm, gd, 900_000m, new DateOnly(2026, 10, 31));    // last month
        await PayAsync(crm, today.Id, 200_000m, new DateOnly(2026, 11, 25));
        await PayAsync(crm, today.Id, 100_000m, new DateOnly(2026, 11, 23));

        // Wednesday 2026-11-25, 23:59 in Shanghai (15:59 UTC): still "today".
        var sales = crm.Figures(new ReportOptions { MonthlyContractTargetWan = 500 })
            .Read(new DateTimeOffset(2026, 11, 25, 23, 59, 0, TimeSpan.FromHours(8)), Shanghai).Sales!;

        Assert.Equal((1, 50m, 20m), (sales.ContractsToday, sales.ContractAmountToday, sales.ReceiptsToday));
        Assert.Equal((2, 80m, 30m), (sales.ContractsThisWeek, sales.ContractAmountThisWeek, sales.ReceiptsThisWeek));
        Assert.Equal(180m, sales.MonthDone);
    }

    [Fact]
    public void WithoutContractsOrReceiptsTheSalesSectionHasNoFigures()
    {
        using var crm = new CrmFixture();

        var figures = crm.Figures(new ReportOptions()).Read(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8)), Shanghai);

        Assert.Null(figures.Sales);
    }
}
