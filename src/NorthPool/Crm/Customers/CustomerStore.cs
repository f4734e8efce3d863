using NorthPool.Members;
using NorthPool.Storage;

namespace NorthPool.Crm;

public sealed class CustomerStore(NorthPoolDb db, StoreWriter writer, CustomerDirectory directory, CrmChangeLog changes)
{
    public Customer? Find(long id) => db.Customers.FindById(id);

    public IReadOnlyList<Customer> KeyCustomers() => db.Customers.Query().Where("$.IsKey = true").ToList();

    // A name or alias already on file (two members creating it at once included) is not created twice.
    public Task<CustomerCreation> CreateAsync(Customer customer, Member actor, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync<CustomerCreation>(() =>
        {
            if (changes.Earlier(activityId, "customer") is { } earlier && db.Customers.FindById(earlier.RecordId) is { } made)
                return new CustomerCreation.Created(made);
            foreach (var key in customer.Keys)
            {
                if (db.Customers.Query().Where("$.Keys[*] ANY = @0", key).FirstOrDefault() is { } existing)
                    return new CustomerCreation.Exists(existing);
            }
            var saved = customer with { Id = db.Customers.Insert(customer).AsInt64 };
            changes.Add("customer", saved.Id, "create", actor, customer.CreatedAt, activityId, saved.Name);
            writer.AfterCommit(() => directory.Apply(saved));
            return new CustomerCreation.Created(saved);
        }, cancellationToken);

    // 导入 客户, confirmed: every new customer and its audit row in one unit of work, so a file is imported whole or
    // not at all. A name or alias added since the dry run is skipped; an activity delivered again imports nothing more.
    public Task<(int Imported, IReadOnlyList<Customer> Skipped)> ImportAsync(IReadOnlyList<Customer> rows, Member actor, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync<(int, IReadOnlyList<Customer>)>(() =>
        {
            if (changes.Earlier(activityId, "customer") is not null)
                return (0, []);
            var (saved, skipped) = (new List<Customer>(rows.Count), new List<Customer>());
            foreach (var customer in rows)
            {
                if (customer.Keys.Any(key => db.Customers.Exists(LiteDB.BsonExpression.Create("$.Keys[*] ANY = @0", key))))
                {
                    skipped.Add(customer);
                    continue;
                }
                var made = customer with { Id = db.Customers.Insert(customer).AsInt64 };
                changes.Add("customer", made.Id, "import", actor, customer.CreatedAt, activityId, made.Name);
                saved.Add(made);
            }
            writer.AfterCommit(() => saved.ForEach(directory.Apply));
            return (saved.Count, skipped);
        }, cancellationToken);
}
