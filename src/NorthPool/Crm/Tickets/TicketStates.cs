namespace NorthPool.Crm;

// What a ticket may move to: taken (处理), resolved (解决, also straight from 新建), closed once resolved, or reopened
// (重开) while resolved or closed. Nothing else decides what is legal.
public static class TicketStates
{
    private static readonly Dictionary<TicketState, TicketState[]> Next = new()
    {
        [TicketState.New] = [TicketState.InProgress, TicketState.Resolved],
        [TicketState.InProgress] = [TicketState.Resolved],
        [TicketState.Resolved] = [TicketState.Closed, TicketState.InProgress],
        [TicketState.Closed] = [TicketState.InProgress],
    };

    public static bool CanMove(TicketState from, TicketState to) => Next[from].Contains(to);
}
