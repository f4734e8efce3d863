using NorthPool.Crm;
using NorthPool.Tasks;
using static NorthPool.Tests.Support.People;

namespace NorthPool.Tests.Crm;

public class RenewalReminderTests
{
    private static Task<Contract> SignAsync(CrmFixture crm, Customer customer, DateOnly signed, string ownerId = "29:user-zhang", string? ownerName = "张伟") =>
        crm.Contracts.CreateAsync(new Contract { Amount = 500_000m, SignedOn = signed, TermMonths = 12, OwnerId = ownerId, OwnerName = ownerName, CreatedAt = crm.Store.Time.GetUtcNow() }, customer, Zhang, null, default);

    private static IReadOnlyList<TaskInstance> Refresh(CrmFixture crm) =>
        crm.Store.Writer.WriteAsync(() => new RenewalReminders(crm.Store.Db, crm.Store.Tasks, crm.Store.Calendar).Open(crm.Store.Time.GetUtcNow()), default).GetAwaiter().GetResult();

    [Fact]
    public async Task AContractEndingWithin60DaysOpensOneCs010InstanceInItsOwnersHandsDue30DaysBeforeTheEnd()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        var ending = await SignAsync(crm, gd, new DateOnly(2026, 1, 10));
        await SignAsync(crm, gd, new DateOnly(2026, 3, 1));

        var opened = Refresh(crm);
        var again = Refresh(crm);

        var task = Assert.Single(opened);
        Assert.Empty(again);
        Assert.Equal(("CS-010", TaskState.InProgress, Zhang.Id), (task.TemplateId, task.State, task.OwnerId));
        Assert.Equal($"续约提醒：{ending.Label} 广东移动 2027-01-09 到期", task.Title);
        Assert.Equal(new DateOnly(2026, 12, 10), crm.Store.Calendar.Today(task.DueAt!.Value));
        Assert.Equal(task.Id, crm.Contracts.Find(ending.Id)!.RenewalTaskId);
        Assert.Equal(task.Id, crm.Store.Tasks.Find(task.Id)!.Id);
        Assert.Equal(TaskTrigger.Create, Assert.Single(crm.Store.Db.Audit.FindAll(), a => a.TaskId == task.Id).Trigger);
    }

    [Fact]
    public async Task AReminderWhoseDueDayHasPassedIsDueTodayAndAContractWithoutAnOwnerGoesToThePool()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        await SignAsync(crm, gd, new DateOnly(2025, 12, 10), ownerId: "", ownerName: null);

        var task = Assert.Single(Refresh(crm));

        Assert.Equal((TaskState.Pooled, null), (task.State, task.OwnerId));
        Assert.Equal(crm.Store.Calendar.Today(crm.Store.Time.GetUtcNow()), crm.Store.Calendar.Today(task.DueAt!.Value));
    }

    [Fact]
    public async Task TheRenewalRateIsTheShareOfContractsEndedInTheLastYearThatAContractOrAWonDealRenews()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        Assert.Null(crm.Contracts.RenewalRatePercent(new DateOnly(2026, 11, 24)));
        var byContract = await SignAsync(crm, gd, new DateOnly(2025, 3, 1));
        var byDeal = await SignAsync(crm, gd, new DateOnly(2025, 4, 1));
        await SignAsync(crm, gd, new DateOnly(2025, 5, 1));
        await SignAsync(crm, gd, new DateOnly(2024, 1, 1));
        await crm.Contracts.CreateAsync(new Contract { Amount = 1m, SignedOn = new DateOnly(2026, 3, 1), TermMonths = 12, OwnerId = Zhang.Id, RenewsContractId = byContract.Id }, gd, Zhang, null, default);
        var deal = await crm.Opportunities.CreateAsync(new Opportunity { Title = "续约", Amount = 1m, RenewsContractId = byDeal.Id, OwnerId = Zhang.Id }, gd, Zhang, null, default);

        Assert.Equal(33.3m, crm.Contracts.RenewalRatePercent(new DateOnly(2026, 11, 24)));

        await crm.Opportunities.MoveAsync(deal.Opportunity.Id, OpportunityStage.Won, null, Zhang, crm.Store.Time.GetUtcNow(), null, default);

        Assert.Equal(66.7m, crm.Contracts.RenewalRatePercent(new DateOnly(2026, 11, 24)));
        Assert.Equal(66.7m, crm.Progress.Standings(new DateOnly(2026, 11, 24)).Single(s => s.Target.Metric == "renewal_rate").Actual);
    }
}
