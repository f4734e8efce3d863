using LiteDB;
using NorthPool.Storage;

namespace NorthPool.Crm;

// Customers another instance wrote go into the directory that resolves names typed in chat.
internal sealed class CustomerRowChanges(NorthPoolDb db, CustomerDirectory directory) : IRowChangeHandler
{
    public string Collection => "customers";

    public void Changed(BsonValue id)
    {
        if (db.Customers.FindById(id) is { } customer)
            directory.Apply(customer);
        else
            directory.Forget();
    }

    public void Forget() => directory.Forget();
}
