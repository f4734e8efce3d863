namespace NorthPool.Crm;

// 联系人: a person at a customer, with a title and a phone or e-mail.
public sealed record Contact
{
    public long Id { get; init; }
    public long CustomerId { get; init; }
    public string CustomerName { get; init; } = "";
    public string Name { get; init; } = "";
    public string? Title { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string ById { get; init; } = "";
    public DateTimeOffset CreatedAt { get; init; }
}
