using NorthPool.Crm;
using NorthPool.Members;
using NorthPool.Tasks;
using NorthPool.Tests.Support;
using static NorthPool.Tests.Support.People;

namespace NorthPool.Tests.Crm;

public class OpportunityTests
{
    private static Task<OpportunityCreated> AddAsync(CrmFixture crm, Customer customer, Member owner, decimal amount, OpportunityStage stage = OpportunityStage.Discover, DateOnly? close = null, string? activityId = null) =>
        crm.Opportunities.CreateAsync(new Opportunity
        {
            Title = "智能客服", Amount = amount, Stage = stage, ExpectedClose = close, OwnerId = owner.Id, OwnerName = owner.Name,
            CreatedAt = crm.Store.Time.GetUtcNow(), UpdatedAt = crm.Store.Time.GetUtcNow(),
        }, customer, owner, activityId, default);

    private static Task<OpportunityMove> MoveAsync(CrmFixture crm, long id, OpportunityStage to, Member who, string? reason = null) =>
        crm.Opportunities.MoveAsync(id, to, reason, who, crm.Store.Time.GetUtcNow(), null, default);

    [Fact]
    public async Task ANewOpportunityCountsTowardItsCreatorsBd030AndIsRecordedOnceWhenDeliveredTwice()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        var bd030 = crm.Store.Current("BD-030");
        await crm.Store.Tasks.ApplyAsync(new TaskMove(bd030, TaskTrigger.Claim, Zhang, TestStore.Start), default);

        var created = await AddAsync(crm, gd, Zhang, 800_000m, activityId: "act-opp");
        await AddAsync(crm, gd, Zhang, 800_000m, activityId: "act-opp");

        Assert.Equal((bd030, 1, 10), (created.Counted.Single().TaskId, created.Counted.Single().Done, created.Counted.Single().Target));
        Assert.Single(crm.Store.Db.Opportunities.FindAll());
        Assert.Equal(1, crm.Store.Tasks.Find(bd030)!.Quota!.Done);
    }

    [Fact]
    public async Task AnOpportunityMovesForwardOrToLostWithAReasonAndNeverBack()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        var id = (await AddAsync(crm, gd, Zhang, 800_000m, OpportunityStage.Proposal)).Opportunity.Id;

        Assert.IsType<OpportunityMove.Moved>(await MoveAsync(crm, id, OpportunityStage.Bid, Zhang));
        Assert.IsType<OpportunityMove.Illegal>(await MoveAsync(crm, id, OpportunityStage.FollowUp, Zhang));
        Assert.IsType<OpportunityMove.ReasonRequired>(await MoveAsync(crm, id, OpportunityStage.Lost, Zhang));
        var lost = Assert.IsType<OpportunityMove.Moved>(await MoveAsync(crm, id, OpportunityStage.Lost, Zhang, "价格原因"));
        Assert.Equal((OpportunityStage.Lost, "价格原因", OpportunityStage.Bid), (lost.Opportunity.Stage, lost.Opportunity.LostReason, lost.From));
        Assert.IsType<OpportunityMove.Illegal>(await MoveAsync(crm, id, OpportunityStage.Won, Zhang));
        Assert.Equal(3, crm.Store.Db.CrmChanges.Count(LiteDB.BsonExpression.Create("$.Record = @0", "opportunity")));
    }

    [Fact]
    public async Task OnlyTheOwnerALeadOrAnAdminMovesAnOpportunity()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        var id = (await AddAsync(crm, gd, Zhang, 800_000m)).Opportunity.Id;

        var refused = Assert.IsType<OpportunityMove.Forbidden>(await MoveAsync(crm, id, OpportunityStage.FollowUp, Li));
        Assert.Equal(OpportunityStage.Discover, crm.Opportunities.Find(id)!.Stage);
        Assert.Equal(Zhang.Name, refused.Opportunity.OwnerName);
        Assert.IsType<OpportunityMove.Moved>(await MoveAsync(crm, id, OpportunityStage.FollowUp, Admin));
        Assert.IsType<OpportunityMove.Moved>(await MoveAsync(crm, id, OpportunityStage.Proposal, Li with { LeadOf = new HashSet<string> { "BD" } }));
    }

    [Fact]
    public async Task TheReportCountsCustomersInNegotiationAndExpectedToSignThisMonth()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        var gx = await crm.AddAsync("广西移动", Industry.Telecom);
        var sc = await crm.AddAsync("四川移动", Industry.Telecom);
        await AddAsync(crm, gd, Zhang, 800_000m, OpportunityStage.Negotiation, close: new DateOnly(2026, 11, 30));
        await AddAsync(crm, gd, Zhang, 200_000m, OpportunityStage.Negotiation);
        await AddAsync(crm, gx, Zhang, 500_000m, OpportunityStage.Bid, close: new DateOnly(2026, 12, 1));
        var lost = (await AddAsync(crm, sc, Zhang, 500_000m, OpportunityStage.Negotiation, close: new DateOnly(2026, 11, 28))).Opportunity.Id;
        await MoveAsync(crm, lost, OpportunityStage.Lost, Zhang, "预算取消");

        var figures = crm.Figures(new NorthPool.Reports.ReportOptions())
            .Read(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8)), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).Customers!;

        Assert.Equal((1, 1), (figures.InNegotiation, figures.ExpectedToSign));
    }
}
