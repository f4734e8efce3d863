namespace NorthPool.Crm;

// What a customer's card shows besides the profile: the people there, the latest contacts, the open deals, the contracts, what
// is still due on them (the unsettled rows of their receivable plans) and the open tickets, each read through its own index and
// limited.
public sealed record CustomerRecords(
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<Visit> Visits,
    IReadOnlyList<Opportunity> Opportunities,
    IReadOnlyList<Contract> Contracts,
    IReadOnlyList<Ticket> Tickets)
{
    public IReadOnlyList<Receivable> Due { get; init; } = [];

    public static readonly CustomerRecords None = new([], [], [], [], []);
}
