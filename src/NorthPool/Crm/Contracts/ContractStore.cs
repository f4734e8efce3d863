using NorthPool.Members;
using NorthPool.Storage;

namespace NorthPool.Crm;

public sealed class ContractStore(NorthPoolDb db, StoreWriter writer, CustomerDirectory directory, CrmChangeLog changes, TimeProvider timeProvider)
{
    public IReadOnlyList<Contract> Of(long customerId, int take) =>
        NewestFirst.Query(db.Contracts, nameof(Contract.CustomerLabel), $"C{customerId}").Limit(take).ToList();

    public Contract? Find(long id) => db.Contracts.FindById(id);

    // Terminated contracts are not up for renewal, so they are left out.
    public IReadOnlyList<Contract> EndingBetween(DateOnly from, DateOnly to) =>
        db.Contracts.Query().Where("$.EndsOn >= @0 AND $.EndsOn <= @1", NorthPoolDb.Date(from), NorthPoolDb.Date(to)).ToEnumerable()
            .Where(c => c.State != ContractState.Terminated).ToList();

    // A contract that renews it, or a deal for it that is still open or won.
    public bool HasRenewal(long contractId) =>
        db.Contracts.Query().Where("$.RenewsContractId = @0", contractId).Limit(1).FirstOrDefault() is not null
        || db.Opportunities.Query().Where("$.RenewsContractId = @0", contractId).ToEnumerable().Any(o => o.Stage != OpportunityStage.Lost);

    // 续约率: of the contracts whose term ended in the 12 months before the day, the share renewed; null when none ended.
    // Three index reads whatever the count: the ended contracts, the contracts that renew one, the deals that do.
    public decimal? RenewalRatePercent(DateOnly today)
    {
        var ended = EndingBetween(today.AddYears(-1), today.AddDays(-1));
        if (ended.Count == 0)
            return null;
        var renewed = db.Contracts.Query().Where("$.RenewsContractId > 0").ToEnumerable().Select(c => c.RenewsContractId)
            .Concat(db.Opportunities.Query().Where("$.RenewsContractId > 0").ToEnumerable().Where(o => o.Stage == OpportunityStage.Won).Select(o => o.RenewsContractId))
            .OfType<long>().ToHashSet();
        return Math.Round(100m * ended.Count(c => renewed.Contains(c.Id)) / ended.Count, 1);
    }

    public Task<Contract> CreateAsync(Contract contract, Customer customer, Member actor, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync(() =>
        {
            if (changes.Earlier(activityId, "contract") is { } earlier && db.Contracts.FindById(earlier.RecordId) is { } made)
                return made;
            var saved = contract with { CustomerId = customer.Id, CustomerName = customer.Name };
            saved = saved with { Id = db.Contracts.Insert(saved).AsInt64 };
            changes.Add("contract", saved.Id, "create", actor, contract.CreatedAt, activityId, $"{customer.Name}: {Amount.InWan(saved.Amount)} {saved.SignedOn:yyyy-MM-dd}");
            // The deal it comes from is won with it, when it is still open and the member may move it.
            if (saved.OpportunityId is { } dealId && db.Opportunities.FindById(dealId) is { IsOpen: true } deal && RecordEditor.MayEdit(deal.OwnerId, actor))
            {
                db.Opportunities.Update(deal with { Stage = OpportunityStage.Won, UpdatedAt = contract.CreatedAt });
                changes.Add("opportunity", deal.Id, "stage", actor, contract.CreatedAt, activityId, $"{deal.Stage} → {OpportunityStage.Won} ({saved.Label})");
            }
            // A customer with a signed contract is an active one.
            if (db.Customers.FindById(customer.Id) is { Status: not CustomerStatus.Active } current)
            {
                var active = current with { Status = CustomerStatus.Active, UpdatedAt = contract.CreatedAt };
                db.Customers.Update(active);
                writer.AfterCommit(() => directory.Apply(active));
            }
            return saved;
        }, cancellationToken);

    public IReadOnlyList<Receivable> PlanOf(long contractId) =>
        db.Receivables.Query().Where("$.ContractId = @0", contractId).ToList().OrderBy(r => r.DueOn).ThenBy(r => r.Id).ToList();

    // Unsettled rows due before the day: what is overdue (the lower bound keeps out the settled rows, whose key is null).
    public IReadOnlyList<Receivable> UnsettledBefore(DateOnly day) =>
        db.Receivables.Query().Where("$.OpenDueOn >= @0 AND $.OpenDueOn < @1", NorthPoolDb.Date(DateOnly.MinValue), NorthPoolDb.Date(day)).ToList();

    // The plan never asks for more than the contract is worth; the rows already covered by receipts are settled at once.
    public Task<ReceivablePlanning> PlanAsync(long contractId, decimal amount, DateOnly dueOn, Member actor, DateTimeOffset at, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync<ReceivablePlanning>(() =>
        {
            if (db.Contracts.FindById(contractId) is not { } contract)
                return new ReceivablePlanning.NotFound(contractId);
            if (changes.Earlier(activityId, "receivable") is not null)
                return new ReceivablePlanning.Planned(contract, PlanOf(contractId));
            var planned = PlanOf(contractId).Sum(r => r.Amount);
            if (planned + amount > contract.Amount)
                return new ReceivablePlanning.TooMuch(contract, planned);
            var row = new Receivable
            {
                ContractId = contractId, CustomerId = contract.CustomerId, CustomerName = contract.CustomerName, Amount = amount, DueOn = dueOn, ById = actor.Id, CreatedAt = at,
            };
            row = row with { Id = db.Receivables.Insert(row).AsInt64 };
            Settle(contract);
            changes.Add("receivable", row.Id, "create", actor, at, activityId, $"{contract.Label} {Amount.InWan(amount)} {dueOn:yyyy-MM-dd}");
            return new ReceivablePlanning.Planned(contract, PlanOf(contractId));
        }, cancellationToken);

    // Receipts pay the plan in due order: each row is settled while the money received covers it and the rows before.
    private void Settle(Contract contract)
    {
        var covered = 0m;
        foreach (var row in PlanOf(contract.Id))
        {
            covered += row.Amount;
            var settled = covered <= contract.Received;
            if (settled != row.Settled)
                db.Receivables.Update(row with { Settled = settled });
        }
    }

    // A receipt corrected (表单 回款 #R3): by who recorded it, the contract's owner, a pool lead or an admin; the
    // contract's total and its plan's settlement follow, and it never goes past the contract's amount.
    public Task<RecordEdit> EditReceiptAsync(long id, decimal amount, DateOnly on, Member actor, string detail, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync<RecordEdit>(() =>
        {
            if (db.Receipts.FindById(id) is not { } receipt || db.Contracts.FindById(receipt.ContractId) is not { } contract)
                return new RecordEdit.NotFound();
            if (changes.Earlier(activityId, "receipt") is { RecordId: var done } && done == id)
                return new RecordEdit.Saved(receipt.Label, contract.CustomerName);
            if (receipt.ById != actor.Id && !RecordEditor.MayEdit(contract.OwnerId, actor))
                return new RecordEdit.Forbidden(contract.OwnerName ?? contract.OwnerId);
            var received = contract.Received - receipt.Amount + amount;
            if (received > contract.Amount)
                return new RecordEdit.Refused(CrmText.ReceiptEditTooMuch, [Amount.InWan(amount), contract.Label, Amount.InWan(contract.Outstanding + receipt.Amount)]);
            db.Receipts.Update(receipt with { Amount = amount, ReceivedOn = on });
            var paid = contract with { Received = received };
            db.Contracts.Update(paid);
            Settle(paid);
            changes.Add("receipt", id, "edit", actor, timeProvider.GetUtcNow(), activityId, detail);
            return new RecordEdit.Saved(receipt.Label, $"{contract.Label} {contract.CustomerName}");
        }, cancellationToken);

    // A receipt never takes a contract past its amount: the check runs inside the unit, on the contract as committed.
    public Task<ReceiptRecording> RecordReceiptAsync(long contractId, decimal amount, DateOnly on, Member actor, DateTimeOffset at, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync<ReceiptRecording>(() =>
        {
            if (db.Contracts.FindById(contractId) is not { } contract)
                return new ReceiptRecording.NotFound(contractId);
            if (changes.Earlier(activityId, "receipt") is { } earlier && db.Receipts.FindById(earlier.RecordId) is { } made)
                return new ReceiptRecording.Recorded(made, contract);
            if (amount > contract.Outstanding)
                return new ReceiptRecording.TooMuch(contract);
            var receipt = new Receipt { ContractId = contractId, CustomerId = contract.CustomerId, Amount = amount, ReceivedOn = on, ById = actor.Id, CreatedAt = at };
            receipt = receipt with { Id = db.Receipts.Insert(receipt).AsInt64 };
            var paid = contract with { Received = contract.Received + amount };
            db.Contracts.Update(paid);
            Settle(paid);
            changes.Add("receipt", receipt.Id, "create", actor, at, activityId, $"{contract.Label} {Amount.InWan(amount)}");
            return new ReceiptRecording.Recorded(receipt, paid);
        }, cancellationToken);
}
