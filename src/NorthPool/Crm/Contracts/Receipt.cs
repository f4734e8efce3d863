namespace NorthPool.Crm;

// 回款: money received against a contract.
public sealed record Receipt
{
    public long Id { get; init; }
    public long ContractId { get; init; }
    public long CustomerId { get; init; }
    public decimal Amount { get; init; }
    public DateOnly ReceivedOn { get; init; }
    public string ById { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }

    public string Label => $"#R{Id}";
}
