using NorthPool.Crm;
using NorthPool.Members;
using NorthPool.Reports;
using NorthPool.Tasks;
using NorthPool.Tests.Support;
using static NorthPool.Tests.Support.People;

namespace NorthPool.Tests.Crm;

public class TicketTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static Task<Ticket> OpenAsync(CrmFixture crm, Customer customer, Member by, TicketSeverity severity = TicketSeverity.Medium, string? product = null, string? activityId = null) =>
        crm.Tickets.CreateAsync(new Ticket
        {
            Summary = "智能客服答非所问", Severity = severity, ProductLine = product, OwnerId = by.Id, OwnerName = by.Name,
            CreatedAt = crm.Store.Time.GetUtcNow(), UpdatedAt = crm.Store.Time.GetUtcNow(),
        }, customer, by, activityId, default);

    private static Task<TicketMove> MoveAsync(CrmFixture crm, long id, TicketState to, Member who, string? note = null, string? activityId = null) =>
        crm.Tickets.MoveAsync(id, to, note, who, crm.Store.Time.GetUtcNow(), activityId, default);

    [Fact]
    public async Task AResolvedTicketGoesIntoTheHistoryOfTheResolversCs001AndCountsOnceWhenDeliveredTwice()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        var cs001 = crm.Store.Current("CS-001");
        await crm.Store.Tasks.ApplyAsync(new TaskMove(cs001, TaskTrigger.Claim, Zhang, TestStore.Start), default);
        var ticket = await OpenAsync(crm, gd, Zhang);
        var version = crm.Store.Tasks.Find(cs001)!.Version;

        var resolved = Assert.IsType<TicketMove.Moved>(await MoveAsync(crm, ticket.Id, TicketState.Resolved, Zhang, "已调整知识库", "act-resolve"));
        await MoveAsync(crm, ticket.Id, TicketState.Resolved, Zhang, "已调整知识库", "act-resolve");

        Assert.Equal((cs001, 0), (resolved.Counted.Single().TaskId, resolved.Counted.Single().Target));
        var entry = Assert.Single(crm.Store.Db.Audit.FindAll(), a => a.TaskId == cs001 && a.Trigger == TaskTrigger.Log);
        Assert.Equal((null, $"ticket:{ticket.Label}"), (entry.Tally, entry.Source));
        Assert.Contains(ticket.Label, entry.Reason);
        Assert.Equal(version + 1, crm.Store.Tasks.Find(cs001)!.Version);
        var stored = crm.Tickets.Find(ticket.Id)!;
        Assert.Equal((TicketState.Resolved, "已调整知识库", false), (stored.State, stored.Resolution, stored.IsOpen));
        Assert.Equal(2, crm.Store.Db.CrmChanges.Count(LiteDB.BsonExpression.Create("$.Record = @0", "ticket")));
    }

    [Fact]
    public async Task ATicketResolvedByAMemberWithoutACs001InstanceIsNotCountedAndSaysWhoHasIt()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        var ticket = await OpenAsync(crm, gd, Zhang);

        var resolved = Assert.IsType<TicketMove.Moved>(await MoveAsync(crm, ticket.Id, TicketState.Resolved, Zhang));

        Assert.Empty(resolved.Counted);
        Assert.Equal("CS-001", resolved.NotCounted.Single().TemplateId);
    }

    [Fact]
    public async Task AnyoneTakesANewTicketAndThenOnlyItsOwnerALeadOrAnAdminMovesIt()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        var ticket = await OpenAsync(crm, gd, Zhang);

        var taken = Assert.IsType<TicketMove.Moved>(await MoveAsync(crm, ticket.Id, TicketState.InProgress, Li));
        var refused = Assert.IsType<TicketMove.Forbidden>(await MoveAsync(crm, ticket.Id, TicketState.Resolved, Zhang));
        var byAdmin = await MoveAsync(crm, ticket.Id, TicketState.Resolved, Admin);

        Assert.Equal((Li.Id, Li.Name), (taken.Ticket.OwnerId, taken.Ticket.OwnerName));
        Assert.Equal(Li.Name, refused.Ticket.OwnerName);
        Assert.IsType<TicketMove.Moved>(byAdmin);
    }

    [Fact]
    public async Task ATicketMovesOnlyAlongItsStatesAndCanBeReopened()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        var id = (await OpenAsync(crm, gd, Zhang)).Id;

        Assert.IsType<TicketMove.Illegal>(await MoveAsync(crm, id, TicketState.Closed, Zhang));
        Assert.IsType<TicketMove.Moved>(await MoveAsync(crm, id, TicketState.Resolved, Zhang));
        Assert.IsType<TicketMove.Moved>(await MoveAsync(crm, id, TicketState.Closed, Zhang));
        var reopened = Assert.IsType<TicketMove.Moved>(await MoveAsync(crm, id, TicketState.InProgress, Zhang));

        Assert.Equal((TicketState.InProgress, null, true), (reopened.Ticket.State, reopened.Ticket.ResolvedAt, reopened.Ticket.IsOpen));
        Assert.IsType<TicketMove.NotFound>(await MoveAsync(crm, 999, TicketState.Resolved, Zhang));
    }

    [Fact]
    public async Task ACustomersOpenTicketsAreReadThroughTheirIndexAndLeaveItWhenResolved()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        var gx = await crm.AddAsync("广西移动", Industry.Telecom);
        var first = await OpenAsync(crm, gd, Zhang);
        await OpenAsync(crm, gd, Zhang, TicketSeverity.Urgent);
        await OpenAsync(crm, gx, Zhang);

        await MoveAsync(crm, first.Id, TicketState.Resolved, Zhang);

        Assert.Equal([TicketSeverity.Urgent], crm.Tickets.OpenOf(gd.Id, 10).Select(t => t.Severity));
        Assert.Equal(2, crm.Tickets.Open(10).Count);
    }

    [Fact]
    public async Task Section6ShowsEachProductLinesContractsCustomersOpenTicketsAndThisWeeksResolved()
    {
        using var crm = new CrmFixture();
        var gd = await crm.AddAsync("广东移动", Industry.Telecom);
        var gx = await crm.AddAsync("广西移动", Industry.Telecom);
        foreach (var (customer, amount, line) in new[] { (gd, 500_000m, "NRT-Chat"), (gx, 300_000m, "NRT-Chat"), (gd, 200_000m, (string?)null) })
        {
            await crm.Contracts.CreateAsync(new Contract
            {
                Amount = amount, SignedOn = new DateOnly(2026, 11, 20), TermMonths = 12, ProductLine = line, OwnerId = Zhang.Id, CreatedAt = crm.Store.Time.GetUtcNow(),
            }, customer, Zhang, null, default);
        }
        await OpenAsync(crm, gd, Zhang, TicketSeverity.Urgent, "NRT-Chat");
        await OpenAsync(crm, gd, Zhang, TicketSeverity.Low, "NRT-Chat");
        var done = await OpenAsync(crm, gx, Zhang, TicketSeverity.High, "NRT-Code");
        await MoveAsync(crm, done.Id, TicketState.Resolved, Zhang);

        var product = crm.Figures().Read(crm.Store.Time.GetUtcNow(), Shanghai).Product!;

        Assert.Equal((2, 2), (product.ActiveCustomers, product.NewCustomersToday));
        Assert.Equal(
            [
                new ProductLineFigures("NRT-Chat", 2, 80m, 2, 1, 0, 0, 1, 0),
                new ProductLineFigures("NRT-Code", 0, 0m, 0, 0, 0, 0, 0, 1),
                new ProductLineFigures(null, 1, 20m, 1, 0, 0, 0, 0, 0),
            ],
            product.Lines);
        Assert.Equal((null, null), (product.RenewalRatePercent, product.Satisfaction));
    }

    [Fact]
    public void Section6SaysNoDataWhileTheCrmHasNoCustomers()
    {
        using var crm = new CrmFixture();

        Assert.Null(crm.Figures().Read(crm.Store.Time.GetUtcNow(), Shanghai).Product);
    }
}
