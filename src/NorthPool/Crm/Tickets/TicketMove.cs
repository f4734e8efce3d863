namespace NorthPool.Crm;

public abstract record TicketMove
{
    public sealed record Moved(Ticket Ticket, TicketState From, IReadOnlyList<QuotaCount> Counted, IReadOnlyList<QuotaMiss> NotCounted) : TicketMove;

    public sealed record NotFound(long Id) : TicketMove;

    // Only the ticket's owner, a pool lead or an admin may move a ticket someone has taken.
    public sealed record Forbidden(Ticket Ticket) : TicketMove;

    public sealed record Illegal(Ticket Ticket, TicketState To) : TicketMove;
}
