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
}
