using NorthPool.Members;
using NorthPool.Pools;
using NorthPool.Storage;
using NorthPool.Tasks;

namespace NorthPool.Crm;

// Reads the CRM collections through indexes; every change goes through the single writer as one unit of work with
// its CrmChange row, and a visit's quota counts (TaskStore.ApplyWithin) commit with it. An activity delivered again
// (after a restart the in-memory guard is empty) changes nothing: the change it made is found by its activity id.
public sealed class CrmStore(NorthPoolDb db, StoreWriter writer, CustomerDirectory directory, TaskStore tasks, CrmQuotaRules rules, Catalog catalog)
{
    public const int RecentVisitsShown = 5;

    public Customer? Find(long id) => db.Customers.FindById(id);

    public IReadOnlyList<Visit> RecentVisits(long customerId, int take = RecentVisitsShown) =>
        NewestFirst.Query(db.Visits, nameof(Visit.CustomerLabel), $"C{customerId}").Limit(take).ToList();

    public IReadOnlyList<Customer> KeyCustomers() => db.Customers.Query().Where("$.IsKey = true").ToList();

    public Task<CustomerCreation> CreateAsync(Customer customer, Member actor, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync<CustomerCreation>(() =>
        {
            if (Earlier(activityId, "customer") is { } earlier && db.Customers.FindById(earlier.RecordId) is { } made)
                return new CustomerCreation.Created(made);
            foreach (var key in customer.Keys)
            {
                if (db.Customers.Query().Where("$.Keys[*] ANY = @0", key).FirstOrDefault() is { } existing)
                    return new CustomerCreation.Exists(existing);
            }
            var saved = customer with { Id = db.Customers.Insert(customer).AsInt64 };
            db.CrmChanges.Insert(Change("customer", saved.Id, "create", actor, customer.CreatedAt, activityId, saved.Name));
            writer.AfterCommit(() => directory.Apply(saved));
            return new CustomerCreation.Created(saved);
        }, cancellationToken);

    public async Task<VisitRecorded> RecordVisitAsync(Visit visit, Customer customer, Member actor, CancellationToken cancellationToken)
    {
        var tally = new QuotaEffects();
        var recorded = await writer.WriteAsync(() =>
        {
            tally.Clear();
            if (Earlier(visit.ActivityId, "visit") is { } earlier && db.Visits.FindById(earlier.RecordId) is { } made)
                return new VisitRecorded(made, customer, [], []);

            foreach (var rule in rules.Matching(customer))
                CountToward(rule.Template, actor, visit.At, $"{CrmTexts.Of(Localization.Language.ZhCn, visit.Kind)} {customer.Name}", $"visit:{customer.Label}", visit.ActivityId, tally);

            var saved = visit with { CustomerId = customer.Id, CustomerName = customer.Name, CountedFor = [.. tally.Counted.Select(c => c.TaskId)] };
            saved = saved with { Id = db.Visits.Insert(saved).AsInt64 };
            db.CrmChanges.Insert(Change("visit", saved.Id, "create", actor, visit.At, visit.ActivityId, $"{customer.Name}: {visit.Summary}"));
            return new VisitRecorded(saved, customer, [.. tally.Counted], [.. tally.Missed]);
        }, cancellationToken);
        Publish(tally, visit.ActivityId);
        return recorded;
    }

    public IReadOnlyList<Opportunity> OpenOpportunities(int take) =>
        db.Opportunities.Query().Where("$.IsOpen = true").Limit(take).ToList();

    public IReadOnlyList<Opportunity> OpportunitiesOf(long customerId, int take) =>
        NewestFirst.Query(db.Opportunities, nameof(Opportunity.CustomerLabel), $"C{customerId}").Limit(take).ToList();

    public Opportunity? FindOpportunity(long id) => db.Opportunities.FindById(id);

    public async Task<OpportunityCreated> CreateOpportunityAsync(Opportunity opportunity, Customer customer, Member actor, string? activityId, CancellationToken cancellationToken)
    {
        var tally = new QuotaEffects();
        var created = await writer.WriteAsync(() =>
        {
            tally.Clear();
            if (Earlier(activityId, "opportunity") is { } earlier && db.Opportunities.FindById(earlier.RecordId) is { } made)
                return new OpportunityCreated(made, [], []);
            foreach (var template in rules.NewOpportunities)
                CountToward(template, actor, opportunity.CreatedAt, $"商机 {customer.Name} {opportunity.Title}", $"opportunity:{customer.Label}", activityId, tally);
            var saved = opportunity with { CustomerId = customer.Id, CustomerName = customer.Name };
            saved = saved with { Id = db.Opportunities.Insert(saved).AsInt64 };
            db.CrmChanges.Insert(Change("opportunity", saved.Id, "create", actor, opportunity.CreatedAt, activityId, $"{customer.Name}: {saved.Title} {Amount.InWan(saved.Amount)} {saved.Stage}"));
            return new OpportunityCreated(saved, [.. tally.Counted], [.. tally.Missed]);
        }, cancellationToken);
        Publish(tally, activityId);
        return created;
    }

    // Owners move their own; pool leads and admins any. Every check runs inside the unit, on the row as committed.
    public Task<OpportunityMove> MoveOpportunityAsync(long id, OpportunityStage to, string? reason, Member actor, DateTimeOffset at, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync<OpportunityMove>(() =>
        {
            if (db.Opportunities.FindById(id) is not { } opportunity)
                return new OpportunityMove.NotFound(id);
            if (Earlier(activityId, "opportunity") is { RecordId: var done } && done == id)
                return new OpportunityMove.Moved(opportunity, opportunity.Stage);
            if (opportunity.OwnerId != actor.Id && !actor.IsAdmin && actor.LeadOf.Count == 0)
                return new OpportunityMove.Forbidden(opportunity);
            if (!OpportunityStages.CanMove(opportunity.Stage, to))
                return new OpportunityMove.Illegal(opportunity, to);
            if (to == OpportunityStage.Lost && string.IsNullOrWhiteSpace(reason))
                return new OpportunityMove.ReasonRequired(opportunity);
            var moved = opportunity with { Stage = to, LostReason = to == OpportunityStage.Lost ? reason : null, UpdatedAt = at };
            db.Opportunities.Update(moved);
            db.CrmChanges.Insert(Change("opportunity", id, "stage", actor, at, activityId, $"{opportunity.Stage} → {to}{(reason is null ? "" : " " + reason)}"));
            return new OpportunityMove.Moved(moved, opportunity.Stage);
        }, cancellationToken);

    public IReadOnlyList<Contract> ContractsOf(long customerId, int take) =>
        NewestFirst.Query(db.Contracts, nameof(Contract.CustomerLabel), $"C{customerId}").Limit(take).ToList();

    public Contract? FindContract(long id) => db.Contracts.FindById(id);

    public Task<Contract> CreateContractAsync(Contract contract, Customer customer, Member actor, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync(() =>
        {
            if (Earlier(activityId, "contract") is { } earlier && db.Contracts.FindById(earlier.RecordId) is { } made)
                return made;
            var saved = contract with { CustomerId = customer.Id, CustomerName = customer.Name };
            saved = saved with { Id = db.Contracts.Insert(saved).AsInt64 };
            db.CrmChanges.Insert(Change("contract", saved.Id, "create", actor, contract.CreatedAt, activityId, $"{customer.Name}: {Amount.InWan(saved.Amount)} {saved.SignedOn:yyyy-MM-dd}"));
            // A customer with a signed contract is an active one.
            if (db.Customers.FindById(customer.Id) is { Status: not CustomerStatus.Active } current)
            {
                var active = current with { Status = CustomerStatus.Active, UpdatedAt = contract.CreatedAt };
                db.Customers.Update(active);
                writer.AfterCommit(() => directory.Apply(active));
            }
            return saved;
        }, cancellationToken);

    // A receipt never takes a contract past its amount: the check runs inside the unit, on the contract as committed.
    public Task<ReceiptRecording> RecordReceiptAsync(long contractId, decimal amount, DateOnly on, Member actor, DateTimeOffset at, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync<ReceiptRecording>(() =>
        {
            if (db.Contracts.FindById(contractId) is not { } contract)
                return new ReceiptRecording.NotFound(contractId);
            if (Earlier(activityId, "receipt") is { } earlier && db.Receipts.FindById(earlier.RecordId) is { } made)
                return new ReceiptRecording.Recorded(made, contract);
            if (amount > contract.Outstanding)
                return new ReceiptRecording.TooMuch(contract);
            var receipt = new Receipt { ContractId = contractId, CustomerId = contract.CustomerId, Amount = amount, ReceivedOn = on, ById = actor.Id, CreatedAt = at };
            receipt = receipt with { Id = db.Receipts.Insert(receipt).AsInt64 };
            var paid = contract with { Received = contract.Received + amount };
            db.Contracts.Update(paid);
            db.CrmChanges.Insert(Change("receipt", receipt.Id, "create", actor, at, activityId, $"{contract.Label} {Amount.InWan(amount)}"));
            return new ReceiptRecording.Recorded(receipt, paid);
        }, cancellationToken);

    public Task SetTargetAsync(string metric, int year, decimal value, Member actor, DateTimeOffset at, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync(() =>
        {
            db.TargetSettings.Upsert(new TargetSetting { Id = TargetSetting.Key(metric, year), Value = value, ById = actor.Id, At = at });
            return db.CrmChanges.Insert(Change("target", 0, "set", actor, at, activityId, $"{metric} {year} {value}"));
        }, cancellationToken);

    private void Publish(QuotaEffects tally, string? activityId)
    {
        foreach (var move in tally.Moves)
            tasks.Publish(move, activityId);
    }

    // What one unit of work counted; cleared when a group commit replays the unit.
    private sealed class QuotaEffects
    {
        public List<QuotaCount> Counted { get; } = [];
        public List<QuotaMiss> Missed { get; } = [];
        public List<TransitionResult> Moves { get; } = [];

        public void Clear()
        {
            Counted.Clear();
            Missed.Clear();
            Moves.Clear();
        }
    }

    // The member's own open instance of the template gets one unit; the record is the quota log's source.
    private void CountToward(string templateId, Member actor, DateTimeOffset at, string reason, string source, string? activityId, QuotaEffects tally)
    {
        var title = catalog.Template(templateId)?.Name ?? templateId;
        var open = db.Tasks.Query().Where("$.OpenTemplateId = @0", templateId).ToList();
        var mine = open.FirstOrDefault(t => t.OwnerId == actor.Id && t.Quota is not null);
        if (mine is null)
        {
            tally.Missed.Add(new QuotaMiss(templateId, title, open.FirstOrDefault(t => t.OwnerName is not null)?.OwnerName));
            return;
        }
        var result = tasks.ApplyWithin(new TaskMove(mine.Id, TaskTrigger.Log, actor, at, Reason: reason, ActivityId: activityId) { Source = source });
        tally.Moves.Add(result);
        if (result is TransitionResult.Applied { Task: { Quota: { } quota } task })
            tally.Counted.Add(new QuotaCount(task.Id, task.Title, quota.Done, quota.Target, quota.Unit));
        else
            tally.Missed.Add(new QuotaMiss(templateId, title, mine.OwnerName));
    }

    private CrmChange? Earlier(string? activityId, string record) =>
        activityId is null ? null : db.CrmChanges.Query().Where("$.ActivityId = @0", activityId).ToEnumerable().FirstOrDefault(c => c.Record == record);

    private static CrmChange Change(string record, long id, string action, Member actor, DateTimeOffset at, string? activityId, string? detail) => new()
    {
        Record = record, RecordId = id, Action = action, ActorId = actor.Id, ActorName = actor.Name, At = at, ActivityId = activityId, Detail = detail,
    };
}
