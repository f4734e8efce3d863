using NorthPool.Members;
using NorthPool.Storage;

namespace NorthPool.Crm;

public sealed class ContactStore(NorthPoolDb db, StoreWriter writer, CrmChangeLog changes)
{
    public const int MaxPerCustomer = 50;

    public IReadOnlyList<Contact> Of(long customerId) =>
        db.Contacts.Query().Where("$.CustomerId = @0", customerId).Limit(MaxPerCustomer).ToList();

    // The same person at the same customer is kept once: a second line for them updates title, phone and e-mail.
    public Task<Contact> SaveAsync(Contact contact, Customer customer, Member actor, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync(() =>
        {
            if (changes.Earlier(activityId, "contact") is { } earlier && db.Contacts.FindById(earlier.RecordId) is { } made)
                return made;
            var existing = Of(customer.Id).FirstOrDefault(c => string.Equals(c.Name, contact.Name, StringComparison.OrdinalIgnoreCase));
            var saved = existing is null
                ? contact with { CustomerId = customer.Id, CustomerName = customer.Name }
                : existing with { Title = contact.Title ?? existing.Title, Phone = contact.Phone ?? existing.Phone, Email = contact.Email ?? existing.Email };
            if (existing is null)
                saved = saved with { Id = db.Contacts.Insert(saved).AsInt64 };
            else
                db.Contacts.Update(saved);
            changes.Add("contact", saved.Id, existing is null ? "create" : "update", actor, contact.CreatedAt, activityId, $"{customer.Name}: {saved.Name}");
            return saved;
        }, cancellationToken);
}
