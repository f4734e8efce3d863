using NorthPool.Crm;
using NorthPool.Tasks;
using NorthPool.Tests.Support;
using static NorthPool.Tests.Support.People;

namespace NorthPool.Tests.Crm;

public class VisitRecordingTests
{
    [Fact]
    public async Task AVisitToAProvincialOperatorCountsTowardTheVisitorsOwnBd001InTheSameCommit()
    {
        using var crm = new CrmFixture();
        var customer = await crm.AddAsync("广东移动", Industry.Telecom, CustomerLevel.Province);
        var bd001 = crm.Store.Current("BD-001");
        await crm.Store.Tasks.ApplyAsync(new TaskMove(bd001, TaskTrigger.Claim, Zhang, TestStore.Start), default);
        var commits = crm.Store.Writer.Commits;
        var published = crm.Store.Changes.Subscribe();

        var recorded = await crm.VisitAsync(customer, Zhang, "讨论智能客服试点", activityId: "act-visit-1");

        Assert.Equal(commits + 1, crm.Store.Writer.Commits);
        var counted = Assert.Single(recorded.Counted);
        Assert.Equal((bd001, 1, 3), (counted.TaskId, counted.Done, counted.Target));
        Assert.Equal(1, crm.Store.Tasks.Find(bd001)!.Quota!.Done);
        var log = crm.Store.Tasks.History(bd001, 1)[0];
        Assert.Equal((TaskTrigger.Log, "visit:" + customer.Label, "act-visit-1"), (log.Trigger, log.Source, log.ActivityId));
        Assert.Equal([bd001], crm.Store.Db.Visits.FindById(recorded.Visit.Id)!.CountedFor);
        Assert.True(published.TryRead(out var change) && change.TaskId == bd001);
    }

    [Fact]
    public async Task AVisitCountsNothingWhenTheMatchingInstanceIsNotTheVisitorsAndSaysWhose()
    {
        using var crm = new CrmFixture();
        var customer = await crm.AddAsync("广东移动", Industry.Telecom, CustomerLevel.Province);
        var bd001 = crm.Store.Current("BD-001");
        await crm.Store.Tasks.ApplyAsync(new TaskMove(bd001, TaskTrigger.Claim, Li, TestStore.Start), default);

        var recorded = await crm.VisitAsync(customer, Zhang, "电话沟通");

        Assert.Empty(recorded.Counted);
        var missed = Assert.Single(recorded.NotCounted);
        Assert.Equal(("BD-001", Li.Name), (missed.TemplateId, missed.OwnerName));
        Assert.Equal(0, crm.Store.Tasks.Find(bd001)!.Quota!.Done);
        Assert.Single(crm.Store.Db.Visits.FindAll());
    }

    [Fact]
    public async Task ACustomerOutsideEveryRuleCountsTowardNothing()
    {
        using var crm = new CrmFixture();
        var customer = await crm.AddAsync("某市自来水公司", Industry.Other, CustomerLevel.City);

        var recorded = await crm.VisitAsync(customer, Zhang, "初次接触");

        Assert.Empty(recorded.Counted);
        Assert.Empty(recorded.NotCounted);
    }

    [Fact]
    public async Task AVisitDeliveredTwiceIsRecordedAndCountedOnce()
    {
        using var crm = new CrmFixture();
        var customer = await crm.AddAsync("广东移动", Industry.Telecom, CustomerLevel.Province);
        var bd001 = crm.Store.Current("BD-001");
        await crm.Store.Tasks.ApplyAsync(new TaskMove(bd001, TaskTrigger.Claim, Zhang, TestStore.Start), default);

        var first = await crm.VisitAsync(customer, Zhang, "讨论试点", activityId: "act-twice");
        var again = await crm.VisitAsync(customer, Zhang, "讨论试点", activityId: "act-twice");

        Assert.Equal(first.Visit.Id, again.Visit.Id);
        Assert.Single(crm.Store.Db.Visits.FindAll());
        Assert.Equal(1, crm.Store.Tasks.Find(bd001)!.Quota!.Done);
    }

    [Fact]
    public void TheShippedRulesMatchTheSegmentsThePlanNames()
    {
        var rules = CrmQuotaRules.Load(CrmQuotaRules.DefaultPath, NorthPool.Pools.Catalog.Load(NorthPool.Pools.Catalog.DefaultPath));
        string[] Templates(Customer c) => [.. rules.Matching(c).Select(r => r.Template)];

        Assert.Equal(["BD-001"], Templates(new Customer { Name = "广东移动", Industry = Industry.Telecom, Level = CustomerLevel.Province }));
        Assert.Equal(["BD-010"], Templates(new Customer { Name = "广东电网", Industry = Industry.Energy, Level = CustomerLevel.Province }));
        Assert.Equal(["BD-012"], Templates(new Customer { Name = "金风风电", Industry = Industry.Energy, Level = CustomerLevel.City }));
        Assert.Equal(["BD-020", "CS-022"], Templates(new Customer { Name = "中石油西南油气田", Industry = Industry.Petrochem, IsKey = true }));
        Assert.Equal(["BD-021"], Templates(new Customer { Name = "中国石化广东石油", Industry = Industry.Petrochem }));
        Assert.Empty(Templates(new Customer { Name = "深圳移动", Industry = Industry.Telecom, Level = CustomerLevel.City }));
    }

    [Theory]
    [InlineData("""{ "rules": [ { "template": "BD-999" } ] }""", "template 'BD-999'")]
    [InlineData("""{ "rules": [ { "template": "BD-001", "industry": "航天" } ] }""", "industry '航天'")]
    [InlineData("""{ "rules": [ { "template": """, "could not be read")]
    [InlineData("""{ "new_partners": { "供应商": [ "EC-001" ] } }""", "partner kind '供应商'")]
    [InlineData("""{ "resolved_tickets": [ "CS-999" ] }""", "template 'CS-999'")]
    public void ABadRulesFileStopsWithOneLineNamingTheFileAndWhatIsWrong(string json, string expected)
    {
        var path = Path.Combine(Path.GetTempPath(), "northpool-tests", Guid.NewGuid().ToString("N") + "-crm-quota-rules.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);

        var error = Assert.Throws<InvalidDataException>(() => CrmQuotaRules.Load(path, NorthPool.Pools.Catalog.Load(NorthPool.Pools.Catalog.DefaultPath)));

        Assert.Contains(path, error.Message);
        Assert.Contains(expected, error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(json, File.ReadAllText(path));
    }
}
