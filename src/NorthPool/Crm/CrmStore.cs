using NorthPool.Members;
using NorthPool.Pools;
using NorthPool.Storage;
using NorthPool.Tasks;

namespace NorthPool.Crm;

// Reads the CRM collections through indexes; every change goes through the single writer as one unit of work with
// its CrmChange row, and a visit's quota counts (TaskStore.ApplyWithin) commit with it. An activity delivered again
// (after a restart the in-memory guard is empty) changes nothing: the change it made is found by its activity id.
public sealed class CrmStore(NorthPoolDb db, StoreWriter writer, CustomerDirectory directory, TaskStore tasks, VisitRules rules, Catalog catalog)
{
    public const int RecentVisitsShown = 5;

    public Customer? Find(long id) => db.Customers.FindById(id);

    public IReadOnlyList<Visit> RecentVisits(long customerId, int take = RecentVisitsShown) =>
        NewestFirst.Query(db.Visits, nameof(Visit.CustomerLabel), $"C{customerId}").Limit(take).ToList();

    public IReadOnlyList<Customer> KeyCustomers() => db.Customers.Query().Where("$.IsKey = true").ToList();

    public Task<CustomerCreation> CreateAsync(Customer customer, Member actor, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync<CustomerCreation>(() =>
        {
            if (Earlier(activityId, "customer") is { } earlier && db.Customers.FindById(earlier.RecordId) is { } made)
                return new CustomerCreation.Created(made);
            foreach (var key in customer.Keys)
            {
                if (db.Customers.Query().Where("$.Keys[*] ANY = @0", key).FirstOrDefault() is { } existing)
                    return new CustomerCreation.Exists(existing);
            }
            var saved = customer with { Id = db.Customers.Insert(customer).AsInt64 };
            db.CrmChanges.Insert(Change("customer", saved.Id, "create", actor, customer.CreatedAt, activityId, saved.Name));
            writer.AfterCommit(() => directory.Apply(saved));
            return new CustomerCreation.Created(saved);
        }, cancellationToken);

    public async Task<VisitRecorded> RecordVisitAsync(Visit visit, Customer customer, Member actor, CancellationToken cancellationToken)
    {
        var moves = new List<TransitionResult>();
        var recorded = await writer.WriteAsync(() =>
        {
            moves.Clear();
            if (Earlier(visit.ActivityId, "visit") is { } earlier && db.Visits.FindById(earlier.RecordId) is { } made)
                return new VisitRecorded(made, customer, [], []);

            var counted = new List<QuotaCount>();
            var missed = new List<QuotaMiss>();
            foreach (var rule in rules.Matching(customer))
                Count(rule, visit, customer, actor, counted, missed, moves);

            var saved = visit with { CustomerId = customer.Id, CustomerName = customer.Name, CountedFor = [.. counted.Select(c => c.TaskId)] };
            saved = saved with { Id = db.Visits.Insert(saved).AsInt64 };
            db.CrmChanges.Insert(Change("visit", saved.Id, "create", actor, visit.At, visit.ActivityId, $"{customer.Name}: {visit.Summary}"));
            return new VisitRecorded(saved, customer, counted, missed);
        }, cancellationToken);
        foreach (var move in moves)
            tasks.Publish(move, visit.ActivityId);
        return recorded;
    }

    // The visitor's own open instance of the rule's template gets one unit; the visit is the quota log's source.
    private void Count(VisitRule rule, Visit visit, Customer customer, Member actor, List<QuotaCount> counted, List<QuotaMiss> missed, List<TransitionResult> moves)
    {
        var title = catalog.Template(rule.Template)?.Name ?? rule.Template;
        var open = db.Tasks.Query().Where("$.OpenTemplateId = @0", rule.Template).ToList();
        var mine = open.FirstOrDefault(t => t.OwnerId == actor.Id && t.Quota is not null);
        if (mine is null)
        {
            missed.Add(new QuotaMiss(rule.Template, title, open.FirstOrDefault(t => t.OwnerName is not null)?.OwnerName));
            return;
        }
        var move = new TaskMove(mine.Id, TaskTrigger.Log, actor, visit.At, Reason: $"{CrmWords.KindWord(visit.Kind)} {customer.Name}", ActivityId: visit.ActivityId)
        {
            Source = $"visit:{customer.Label}",
        };
        var result = tasks.ApplyWithin(move);
        moves.Add(result);
        if (result is TransitionResult.Applied { Task: { Quota: { } quota } task })
            counted.Add(new QuotaCount(task.Id, task.Title, quota.Done, quota.Target, quota.Unit));
        else
            missed.Add(new QuotaMiss(rule.Template, title, mine.OwnerName));
    }

    private CrmChange? Earlier(string? activityId, string record) =>
        activityId is null ? null : db.CrmChanges.Query().Where("$.ActivityId = @0", activityId).ToEnumerable().FirstOrDefault(c => c.Record == record);

    private static CrmChange Change(string record, long id, string action, Member actor, DateTimeOffset at, string? activityId, string? detail) => new()
    {
        Record = record, RecordId = id, Action = action, ActorId = actor.Id, ActorName = actor.Name, At = at, ActivityId = activityId, Detail = detail,
    };
}
