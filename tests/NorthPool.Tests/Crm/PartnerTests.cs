using NorthPool.Crm;
using NorthPool.Members;
using NorthPool.Tasks;
using NorthPool.Tests.Support;
using static NorthPool.Tests.Support.People;

namespace NorthPool.Tests.Crm;

public class PartnerTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static Task<PartnerCreation> AddAsync(CrmFixture crm, string name, PartnerKind kind, Member by, string? activityId = null, DateTimeOffset? at = null) =>
        crm.Partners.CreateAsync(new Partner { Name = name, Kind = kind, OwnerId = by.Id, OwnerName = by.Name, CreatedAt = at ?? crm.Store.Time.GetUtcNow() }, by, activityId, default);

    [Fact]
    public async Task ANewTechnologyPartnerCountsTowardEc001AndAChannelPartnerTowardEc002OnceEachEvenWhenDeliveredTwice()
    {
        using var crm = new CrmFixture();
        var ec001 = crm.Store.Current("EC-001");
        var ec002 = crm.Store.Current("EC-002");
        await crm.Store.Tasks.ApplyAsync(new TaskMove(ec001, TaskTrigger.Claim, Zhang, TestStore.Start), default);
        await crm.Store.Tasks.ApplyAsync(new TaskMove(ec002, TaskTrigger.Claim, Zhang, TestStore.Start), default);

        var huawei = Assert.IsType<PartnerCreation.Created>(await AddAsync(crm, "华为", PartnerKind.Technology, Zhang, "act-huawei"));
        await AddAsync(crm, "华为", PartnerKind.Technology, Zhang, "act-huawei");
        var agent = Assert.IsType<PartnerCreation.Created>(await AddAsync(crm, "广州某代理商", PartnerKind.Channel, Zhang));

        Assert.Equal((ec001, 1, 2), (huawei.Counted.Single().TaskId, huawei.Counted.Single().Done, huawei.Counted.Single().Target));
        Assert.Equal(ec002, agent.Counted.Single().TaskId);
        Assert.Equal(1, crm.Store.Tasks.Find(ec001)!.Quota!.Done);
        Assert.Equal(2, crm.Store.Db.Partners.Count());
        Assert.Equal(2m, crm.Progress.Standings(new DateOnly(2026, 11, 24)).Single(s => s.Target.Metric == "partners").Actual);
    }

    [Fact]
    public async Task APartnerWhoseNameIsOnFileIsNotAddedAgainAndCountsNothing()
    {
        using var crm = new CrmFixture();
        var ec001 = crm.Store.Current("EC-001");
        await crm.Store.Tasks.ApplyAsync(new TaskMove(ec001, TaskTrigger.Claim, Zhang, TestStore.Start), default);
        await AddAsync(crm, "华为", PartnerKind.Technology, Zhang);

        var again = Assert.IsType<PartnerCreation.Exists>(await AddAsync(crm, "华为 ", PartnerKind.Channel, Li));

        Assert.Equal("#P1", again.Partner.Label);
        Assert.Equal(1, crm.Store.Tasks.Find(ec001)!.Quota!.Done);
        Assert.Equal("华为", crm.Partners.Named("华为")!.Name);
    }

    [Fact]
    public async Task Section7CountsPartnersNewThisMonthContactedThisWeekAndTheOpenDealsTheyBrought()
    {
        using var crm = new CrmFixture();
        var now = crm.Store.Time.GetUtcNow();
        await AddAsync(crm, "老伙伴", PartnerKind.Association, Zhang, at: now.AddDays(-40));
        var huawei = Assert.IsType<PartnerCreation.Created>(await AddAsync(crm, "华为", PartnerKind.Technology, Zhang)).Partner;
        await crm.Partners.ContactAsync(huawei.Id, "讨论联合方案", Zhang, now, null, default);
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        foreach (var (amount, partner) in new[] { (1_000_000m, (long?)huawei.Id), (500_000m, null) })
        {
            await crm.Opportunities.CreateAsync(new Opportunity
            {
                Title = "联合方案", Amount = amount, PartnerId = partner, PartnerName = partner is null ? null : "华为", OwnerId = Zhang.Id, CreatedAt = now, UpdatedAt = now,
            }, gd, Zhang, null, default);
        }

        var partners = crm.Figures().Read(now, Shanghai).Partners!;

        Assert.Equal(new NorthPool.Reports.PartnerFigures(2, 1, 1, 1, 100m), partners);
        Assert.Equal("讨论联合方案", crm.Partners.Find(huawei.Id)!.LastContact);
    }

    [Fact]
    public void Section7SaysNoDataWhileNoPartnerIsOnFile()
    {
        using var crm = new CrmFixture();

        Assert.Null(crm.Figures().Read(crm.Store.Time.GetUtcNow(), Shanghai).Partners);
    }
}
