using NorthPool.Crm;
using NorthPool.Reports;
using static NorthPool.Tests.Support.People;

namespace NorthPool.Tests.Crm;

// 回款计划: receipts pay the plan in due order; what is due and unpaid is overdue in 八.
public class ReceivableTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static async Task<Contract> ContractAsync(CrmFixture crm)
    {
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        return await crm.Contracts.CreateAsync(new Contract { Amount = 500_000m, SignedOn = new DateOnly(2026, 10, 1), TermMonths = 12, OwnerId = Zhang.Id }, gd, Zhang, null, default);
    }

    private static Task<ReceivablePlanning> PlanAsync(CrmFixture crm, long contractId, decimal amount, DateOnly due) =>
        crm.Contracts.PlanAsync(contractId, amount, due, Zhang, crm.Store.Time.GetUtcNow(), null, default);

    private static Task<ReceiptRecording> ReceiveAsync(CrmFixture crm, long contractId, decimal amount) =>
        crm.Contracts.RecordReceiptAsync(contractId, amount, new DateOnly(2026, 11, 24), Zhang, crm.Store.Time.GetUtcNow(), null, default);

    private static IReadOnlyList<CrmAlert> Overdue(CrmFixture crm) =>
        crm.Figures().Read(crm.Store.Time.GetUtcNow(), Shanghai).Alerts.Where(a => a.Kind == CrmAlertKind.ReceivableOverdue).ToList();

    [Fact]
    public async Task WhatIsDueAndNotYetReceivedIsOverdueUntilReceiptsCoverIt()
    {
        using var crm = new CrmFixture();
        var contract = await ContractAsync(crm);
        await PlanAsync(crm, contract.Id, 200_000m, new DateOnly(2026, 11, 10));
        await PlanAsync(crm, contract.Id, 300_000m, new DateOnly(2026, 12, 31));
        await ReceiveAsync(crm, contract.Id, 100_000m);

        Assert.Equal([new CrmAlert(CrmAlertKind.ReceivableOverdue, $"{contract.Label} 广东移动", new DateOnly(2026, 11, 10), 14, 10m)], Overdue(crm));

        await ReceiveAsync(crm, contract.Id, 100_000m);

        Assert.Empty(Overdue(crm));
        Assert.Equal([true, false], crm.Contracts.PlanOf(contract.Id).Select(r => r.Settled));
    }

    [Fact]
    public async Task APlanRowAlreadyCoveredByReceiptsIsSettledWhenAdded()
    {
        using var crm = new CrmFixture();
        var contract = await ContractAsync(crm);
        await ReceiveAsync(crm, contract.Id, 250_000m);

        var planned = Assert.IsType<ReceivablePlanning.Planned>(await PlanAsync(crm, contract.Id, 200_000m, new DateOnly(2026, 11, 1)));

        Assert.True(planned.Plan.Single().Settled);
        Assert.Empty(Overdue(crm));
    }

    [Fact]
    public async Task APlanIsNeverLargerThanItsContract()
    {
        using var crm = new CrmFixture();
        var contract = await ContractAsync(crm);
        await PlanAsync(crm, contract.Id, 400_000m, new DateOnly(2026, 12, 31));

        var refused = Assert.IsType<ReceivablePlanning.TooMuch>(await PlanAsync(crm, contract.Id, 200_000m, new DateOnly(2027, 1, 31)));

        Assert.Equal(400_000m, refused.AlreadyPlanned);
        Assert.Single(crm.Contracts.PlanOf(contract.Id));
        Assert.IsType<ReceivablePlanning.NotFound>(await PlanAsync(crm, 99, 1m, new DateOnly(2027, 1, 31)));
    }
}
