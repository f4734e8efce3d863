namespace NorthPool.Crm;

// Most urgent first, so an ordering by severity lists 紧急 on top.
public enum TicketSeverity
{
    Urgent,
    High,
    Medium,
    Low,
}

public enum TicketState
{
    New,
    InProgress,
    Resolved,
    Closed,
}
