namespace NorthPool.Crm;

// 回款计划: one amount of a contract due on a date. A contract's receipts pay its plan in due order; a row is settled
// once they cover it, and overdue while unsettled past its date (八).
public sealed record Receivable
{
    public long Id { get; init; }
    public long ContractId { get; init; }
    public long CustomerId { get; init; }
    public string CustomerName { get; init; } = "";
    public decimal Amount { get; init; }
    public DateOnly DueOn { get; init; }
    public bool Settled { get; init; }
    public string ById { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }

    // Indexed: the unsettled rows by due date, so 八 reads only what is still owed.
    public DateOnly? OpenDueOn => Settled ? null : DueOn;
}
