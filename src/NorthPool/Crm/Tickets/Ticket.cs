namespace NorthPool.Crm;

// 工单: a customer's problem, #T1, #T2 … as typed in chat, worked from 新建 through 处理中 and 已解决 to 关闭.
public sealed record Ticket
{
    public long Id { get; init; }
    public long CustomerId { get; init; }
    public string CustomerName { get; init; } = "";
    public string Summary { get; init; } = "";
    public string? ProductLine { get; init; }
    public TicketSeverity Severity { get; init; } = TicketSeverity.Medium;
    public TicketState State { get; init; }

    // Who works it: whoever opened it until someone takes it (工单 处理 #T1).
    public string OwnerId { get; init; } = "";
    public string? OwnerName { get; init; }
    public string? Resolution { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }

    // Indexed: the open ones (新建, 处理中) for lists, the customer card and the report.
    public bool IsOpen => State is TicketState.New or TicketState.InProgress;

    // Indexed: a customer's open tickets (null once resolved).
    public string? OpenCustomerLabel => IsOpen ? $"C{CustomerId}" : null;

    public string Label => $"#T{Id}";
}
