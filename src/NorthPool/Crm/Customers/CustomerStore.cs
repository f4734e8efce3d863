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
}
