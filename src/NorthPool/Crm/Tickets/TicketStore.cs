using NorthPool.Members;
using NorthPool.Storage;

namespace NorthPool.Crm;

// Tickets through the single writer, each change with its crmChanges row; resolving one counts toward the resolver's
// own open instance of the templates in rules.ResolvedTickets (CS-001 问题处理), in the same unit.
public sealed class TicketStore(NorthPoolDb db, StoreWriter writer, CrmQuotaRules rules, QuotaCounter quotas, CrmChangeLog changes)
{
    public IReadOnlyList<Ticket> Open(int take) => db.Tickets.Query().Where("$.IsOpen = true").Limit(take).ToList();

    public IReadOnlyList<Ticket> OpenOf(long customerId, int take) =>
        db.Tickets.Query().Where("$.OpenCustomerLabel = @0", $"C{customerId}").Limit(take).ToList();

    public IReadOnlyList<Ticket> ResolvedBetween(DateTimeOffset from, DateTimeOffset to) =>
        db.Tickets.Query().Where("$.ResolvedAt >= @0 AND $.ResolvedAt <= @1", from.UtcDateTime, to.UtcDateTime).ToList();

    public Ticket? Find(long id) => db.Tickets.FindById(id);

    public Task<Ticket> CreateAsync(Ticket ticket, Customer customer, Member actor, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync(() =>
        {
            if (changes.Earlier(activityId, "ticket") is { } earlier && db.Tickets.FindById(earlier.RecordId) is { } made)
                return made;
            var saved = ticket with { CustomerId = customer.Id, CustomerName = customer.Name };
            saved = saved with { Id = db.Tickets.Insert(saved).AsInt64 };
            changes.Add("ticket", saved.Id, "create", actor, ticket.CreatedAt, activityId, $"{customer.Name}: {saved.Summary} ({saved.Severity})");
            return saved;
        }, cancellationToken);

    // Anyone may take a new ticket (it becomes theirs); past that its owner, pool leads and admins move it.
    public async Task<TicketMove> MoveAsync(long id, TicketState to, string? note, Member actor, DateTimeOffset at, string? activityId, CancellationToken cancellationToken)
    {
        var tally = new QuotaEffects();
        var result = await writer.WriteAsync<TicketMove>(() =>
        {
            tally.Clear();
            if (db.Tickets.FindById(id) is not { } ticket)
                return new TicketMove.NotFound(id);
            if (changes.Earlier(activityId, "ticket") is { RecordId: var done } && done == id)
                return new TicketMove.Moved(ticket, ticket.State, [], []);
            var taking = ticket.State == TicketState.New && to == TicketState.InProgress;
            if (!taking && ticket.OwnerId != actor.Id && !actor.IsAdmin && actor.LeadOf.Count == 0)
                return new TicketMove.Forbidden(ticket);
            if (!TicketStates.CanMove(ticket.State, to))
                return new TicketMove.Illegal(ticket, to);

            var moved = ticket with
            {
                State = to,
                OwnerId = taking ? actor.Id : ticket.OwnerId,
                OwnerName = taking ? actor.Name : ticket.OwnerName,
                Resolution = to == TicketState.Resolved ? note : ticket.Resolution,
                ResolvedAt = to == TicketState.Resolved ? at : to == TicketState.InProgress ? null : ticket.ResolvedAt,
                UpdatedAt = at,
            };
            db.Tickets.Update(moved);
            changes.Add("ticket", id, "state", actor, at, activityId, $"{ticket.State} → {to}{(note is null ? "" : " " + note)}");
            if (to == TicketState.Resolved)
            {
                foreach (var template in rules.ResolvedTickets)
                    quotas.CountToward(template, actor, at, $"工单 {ticket.Label} {ticket.CustomerName} {ticket.Summary}", $"ticket:{ticket.Label}", activityId, tally);
            }
            return new TicketMove.Moved(moved, ticket.State, [.. tally.Counted], [.. tally.Missed]);
        }, cancellationToken);
        quotas.Publish(tally, activityId);
        return result;
    }
}
