using NorthPool.Localization;
using NorthPool.Members;
using NorthPool.Storage;

namespace NorthPool.Crm;

// A visit counts toward the quota of every template whose rule matches the customer (CrmQuotaRules), in its unit.
public sealed class VisitStore(NorthPoolDb db, StoreWriter writer, CrmQuotaRules rules, QuotaCounter quotas, CrmChangeLog changes)
{
    public const int RecentShown = 5;

    public IReadOnlyList<Visit> Recent(long customerId, int take = RecentShown) =>
        NewestFirst.Query(db.Visits, nameof(Visit.CustomerLabel), $"C{customerId}").Limit(take).ToList();

    public async Task<VisitRecorded> RecordAsync(Visit visit, Customer customer, Member actor, CancellationToken cancellationToken)
    {
        var tally = new QuotaEffects();
        var recorded = await writer.WriteAsync(() =>
        {
            tally.Clear();
            if (changes.Earlier(visit.ActivityId, "visit") is { } earlier && db.Visits.FindById(earlier.RecordId) is { } made)
                return new VisitRecorded(made, customer, [], []);

            foreach (var rule in rules.Matching(customer))
                quotas.CountToward(rule.Template, actor, visit.At, $"{CrmTexts.Of(Language.ZhCn, visit.Kind)} {customer.Name}", $"visit:{customer.Label}", visit.ActivityId, tally);

            var saved = visit with { CustomerId = customer.Id, CustomerName = customer.Name, CountedFor = [.. tally.Counted.Select(c => c.TaskId)] };
            saved = saved with { Id = db.Visits.Insert(saved).AsInt64 };
            changes.Add("visit", saved.Id, "create", actor, visit.At, visit.ActivityId, $"{customer.Name}: {visit.Summary}");
            return new VisitRecorded(saved, customer, [.. tally.Counted], [.. tally.Missed]);
        }, cancellationToken);
        quotas.Publish(tally, visit.ActivityId);
        return recorded;
    }
}
