using System.Collections.Immutable;
using NorthPool.Storage;

namespace NorthPool.Crm;

// Every customer's id, name and keys in memory, as last committed, so that a name typed in chat is resolved (exact,
// alias, part, did-you-mean) without reading the customers collection. CustomerStore and ContractStore hand each written customer to Apply
// after its commit; the first read loads it under the lock Apply takes (as OpenTaskCache does).
public sealed class CustomerDirectory(NorthPoolDb db)
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<long, CustomerName>? _byId;

    public IEnumerable<CustomerName> All => (Volatile.Read(ref _byId) ?? Load()).Values;

    public void Apply(Customer customer)
    {
        lock (_gate)
        {
            if (_byId is { } byId)
                Volatile.Write(ref _byId, byId.SetItem(customer.Id, CustomerName.Of(customer)));
        }
    }

    // Loaded again at the next read (another instance changed a customer it could not be told of exactly).
    public void Forget()
    {
        lock (_gate)
            Volatile.Write(ref _byId, null);
    }

    private ImmutableDictionary<long, CustomerName> Load()
    {
        lock (_gate)
        {
            if (_byId is { } loaded)
                return loaded;
            var byId = db.Customers.FindAll().ToImmutableDictionary(c => c.Id, CustomerName.Of);
            Volatile.Write(ref _byId, byId);
            return byId;
        }
    }
}

public sealed record CustomerName(long Id, string Name, IReadOnlyList<string> Keys)
{
    public static CustomerName Of(Customer customer) => new(customer.Id, customer.Name, customer.Keys);
}
