using NorthPool.Crm;
using NorthPool.Storage;

// A few years of a busy CRM, about `total` rows in all: customers (4 %), contacts (10 %), visits (40 %),
// opportunities (15 %), contracts (10 %), receipts (10 %), receivable plan rows (5 %), tickets (5 %), partners (1 %).
internal static class CrmRows
{
    public static void Fill(NorthPoolDb db, int total, DateTimeOffset now, Random random)
    {
        var today = DateOnly.FromDateTime(now.DateTime);
        int Share(double part) => Math.Max(1, (int)(total * part));
        var industries = Enum.GetValues<Industry>();
        var customers = Enumerable.Range(1, Share(0.04)).Select(i => new Customer
        {
            Name = $"客户{i:D5}省公司", Industry = industries[i % industries.Length], Level = (CustomerLevel)(i % 3), IsKey = i % 25 == 0,
            Status = i % 3 == 0 ? CustomerStatus.Active : CustomerStatus.Prospect, OwnerId = $"29:user-{i % 40}", OwnerName = $"成员{i % 40}",
            CreatedAt = now.AddDays(-random.Next(0, 3 * 365)), UpdatedAt = now,
        }).ToList();
        db.Customers.InsertBulk(customers);
        var ids = customers.Select(c => c.Id).ToArray();
        long Customer() => ids[random.Next(ids.Length)];

        db.Contacts.InsertBulk(Enumerable.Range(0, Share(0.10)).Select(i => new Contact
        {
            CustomerId = Customer(), Name = $"联系人{i}", Title = "信息中心主任", Phone = "13800000000", CreatedAt = now,
        }));
        db.Visits.InsertBulk(Enumerable.Range(0, Share(0.40)).Select(i => new Visit
        {
            CustomerId = Customer(), CustomerName = "客户", ById = $"29:user-{i % 40}", ByName = $"成员{i % 40}",
            At = now.AddMinutes(-random.Next(0, 365 * 24 * 60)), Summary = "讨论智能客服试点", NextStep = "演示", NextStepOn = today.AddDays(random.Next(1, 30)),
        }));
        var stages = Enum.GetValues<OpportunityStage>();
        db.Opportunities.InsertBulk(Enumerable.Range(0, Share(0.15)).Select(i => new Opportunity
        {
            CustomerId = Customer(), CustomerName = "客户", Title = "智能客服", Amount = random.Next(10, 500) * 10_000m,
            Stage = i % 5 == 0 ? stages[random.Next(0, 5)] : (i % 2 == 0 ? OpportunityStage.Won : OpportunityStage.Lost),
            ExpectedClose = today.AddDays(random.Next(-30, 90)), OwnerId = $"29:user-{i % 40}", CreatedAt = now.AddDays(-random.Next(0, 365)), UpdatedAt = now,
        }));
        var contracts = Enumerable.Range(0, Share(0.10)).Select(i => new Contract
        {
            CustomerId = Customer(), CustomerName = "客户", Amount = random.Next(10, 300) * 10_000m, SignedOn = today.AddDays(-random.Next(0, 3 * 365)),
            TermMonths = 12, ProductLine = i % 3 == 0 ? "NRT-Chat" : i % 3 == 1 ? "NRT-Code" : null, OwnerId = $"29:user-{i % 40}", CreatedAt = now,
        }).ToList();
        db.Contracts.InsertBulk(contracts);
        db.Receipts.InsertBulk(Enumerable.Range(0, Share(0.10)).Select(i =>
        {
            var contract = contracts[random.Next(contracts.Count)];
            return new Receipt { ContractId = contract.Id, CustomerId = contract.CustomerId, Amount = 10_000m, ReceivedOn = contract.SignedOn.AddDays(random.Next(0, 200)), CreatedAt = now };
        }));
        db.Receivables.InsertBulk(Enumerable.Range(0, Share(0.05)).Select(i =>
        {
            var contract = contracts[random.Next(contracts.Count)];
            var due = contract.SignedOn.AddDays(random.Next(30, 360));
            return new Receivable { ContractId = contract.Id, CustomerId = contract.CustomerId, Amount = 50_000m, DueOn = due, Settled = due < today && random.NextDouble() < 0.9, CreatedAt = now };
        }));
        db.Tickets.InsertBulk(Enumerable.Range(0, Share(0.05)).Select(i =>
        {
            var state = random.NextDouble() < 0.08 ? TicketState.New : random.NextDouble() < 0.1 ? TicketState.InProgress : TicketState.Closed;
            return new Ticket
            {
                CustomerId = Customer(), CustomerName = "客户", Summary = "智能客服答非所问", Severity = (TicketSeverity)random.Next(0, 4), State = state,
                ProductLine = i % 2 == 0 ? "NRT-Chat" : "NRT-Code", OwnerId = $"29:user-{i % 40}", CreatedAt = now.AddDays(-random.Next(0, 365)), UpdatedAt = now,
                ResolvedAt = state == TicketState.Closed ? now.AddMinutes(-random.Next(0, 365 * 24 * 60)) : null,
            };
        }));
        db.Partners.InsertBulk(Enumerable.Range(0, Share(0.01)).Select(i => new Partner
        {
            Name = $"伙伴{i:D4}", Kind = (PartnerKind)(i % 4), OwnerId = "29:user-0", CreatedAt = now.AddDays(-random.Next(0, 365)),
            LastContactAt = now.AddDays(-random.Next(0, 60)),
        }));
    }
}
