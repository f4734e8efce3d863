namespace NorthPool.Crm;

// 合同: signed business, #C1, #C2 … as typed in chat. Receipts (回款) are paid against it.
public sealed record Contract
{
    public long Id { get; init; }
    public long CustomerId { get; init; }
    public string CustomerName { get; init; } = "";
    public long? OpportunityId { get; init; }

    // Exact yuan.
    public decimal Amount { get; init; }
    public DateOnly SignedOn { get; init; }
    public int TermMonths { get; init; }
    public string? ProductLine { get; init; }

    // 执行中 or, ended early by an owner, lead or admin in the contract's form, 已终止: no longer up for renewal.
    public ContractState State { get; init; }
    public decimal Received { get; init; }
    public string OwnerId { get; init; } = "";
    public string? OwnerName { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    // Indexed: the contract this one renews (合同 … 续约 #C3); the renewal rate counts the renewed.
    public long? RenewsContractId { get; init; }

    // The CS-010 续约提醒 instance opened for this contract as its end came near (RenewalReminders).
    public string? RenewalTaskId { get; init; }

    // Indexed: a customer's contracts, newest first.
    public string CustomerLabel => $"C{CustomerId}";

    // Indexed: the contracts ending soon (八, CS-010 续约提醒).
    public DateOnly EndsOn => SignedOn.AddMonths(TermMonths).AddDays(-1);

    public decimal Outstanding => Amount - Received;

    // As shown: 已终止, else 已到期 once past its end, else 执行中.
    public CrmText Shown(DateOnly today) =>
        State == ContractState.Terminated ? CrmText.ContractTerminated : EndsOn < today ? CrmText.ContractEnded : CrmText.ContractActive;

    public string Label => $"#C{Id}";
}
