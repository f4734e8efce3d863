namespace NorthPool.Crm;

// What a customer's card shows besides the profile: the people there, the latest contacts, the open deals, the contracts and the open
// tickets, each read through its own index and limited.
public sealed record CustomerRecords(
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<Visit> Visits,
    IReadOnlyList<Opportunity> Opportunities,
    IReadOnlyList<Contract> Contracts,
    IReadOnlyList<Ticket> Tickets)
{
    public static readonly CustomerRecords None = new([], [], [], [], []);
}
