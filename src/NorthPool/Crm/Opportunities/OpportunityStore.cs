using NorthPool.Members;
using NorthPool.Storage;

namespace NorthPool.Crm;

public sealed class OpportunityStore(NorthPoolDb db, StoreWriter writer, CrmQuotaRules rules, QuotaCounter quotas, CrmChangeLog changes)
{
    public IReadOnlyList<Opportunity> Open(int take) =>
        db.Opportunities.Query().Where("$.IsOpen = true").Limit(take).ToList();

    public IReadOnlyList<Opportunity> Of(long customerId, int take) =>
        NewestFirst.Query(db.Opportunities, nameof(Opportunity.CustomerLabel), $"C{customerId}").Limit(take).ToList();

    public Opportunity? Find(long id) => db.Opportunities.FindById(id);

    // A new deal counts toward the templates of rules.NewOpportunities (BD-030 每周10条).
    public async Task<OpportunityCreated> CreateAsync(Opportunity opportunity, Customer customer, Member actor, string? activityId, CancellationToken cancellationToken)
    {
        var tally = new QuotaEffects();
        var created = await writer.WriteAsync(() =>
        {
            tally.Clear();
            if (changes.Earlier(activityId, "opportunity") is { } earlier && db.Opportunities.FindById(earlier.RecordId) is { } made)
                return new OpportunityCreated(made, [], []);
            foreach (var template in rules.NewOpportunities)
                quotas.CountToward(template, actor, opportunity.CreatedAt, $"商机 {customer.Name} {opportunity.Title}", $"opportunity:{customer.Label}", activityId, tally);
            var saved = opportunity with { CustomerId = customer.Id, CustomerName = customer.Name };
            saved = saved with { Id = db.Opportunities.Insert(saved).AsInt64 };
            changes.Add("opportunity", saved.Id, "create", actor, opportunity.CreatedAt, activityId, $"{customer.Name}: {saved.Title} {Amount.InWan(saved.Amount)} {saved.Stage}");
            return new OpportunityCreated(saved, [.. tally.Counted], [.. tally.Missed]);
        }, cancellationToken);
        quotas.Publish(tally, activityId);
        return created;
    }

    // Owners move their own; pool leads and admins any. Every check runs inside the unit, on the row as committed.
    public Task<OpportunityMove> MoveAsync(long id, OpportunityStage to, string? reason, Member actor, DateTimeOffset at, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync<OpportunityMove>(() =>
        {
            if (db.Opportunities.FindById(id) is not { } opportunity)
                return new OpportunityMove.NotFound(id);
            if (changes.Earlier(activityId, "opportunity") is { RecordId: var done } && done == id)
                return new OpportunityMove.Moved(opportunity, opportunity.Stage);
            if (opportunity.OwnerId != actor.Id && !actor.IsAdmin && actor.LeadOf.Count == 0)
                return new OpportunityMove.Forbidden(opportunity);
            if (!OpportunityStages.CanMove(opportunity.Stage, to))
                return new OpportunityMove.Illegal(opportunity, to);
            if (to == OpportunityStage.Lost && string.IsNullOrWhiteSpace(reason))
                return new OpportunityMove.ReasonRequired(opportunity);
            var moved = opportunity with { Stage = to, LostReason = to == OpportunityStage.Lost ? reason : null, UpdatedAt = at };
            db.Opportunities.Update(moved);
            changes.Add("opportunity", id, "stage", actor, at, activityId, $"{opportunity.Stage} → {to}{(reason is null ? "" : " " + reason)}");
            return new OpportunityMove.Moved(moved, opportunity.Stage);
        }, cancellationToken);
}
