using NorthPool.Commands;
using NorthPool.Localization;

namespace NorthPool.Crm;

// A record's card form. Creating composes the command a member would type from the fields and dispatches it as if
// typed, so a form and a chat line share the parser, the permission check, the handler and its answers. Forms that edit (CanEdit) find the record
// from what follows the form's word and save through the record's store, owners their own, leads and admins all.
public abstract class CrmForm
{
    // The form's key in card data ("customer") and the words that ask for it (客户, customer); the first is also the
    // verb its composed command starts with.
    public abstract string Name { get; }

    public abstract string[] Words { get; }

    public abstract CrmText Title { get; }

    // The field a typed name or a customer card's button fills in ("customer"), if the form has one.
    public virtual string? CustomerField => "customer";

    public abstract IReadOnlyList<FormField> Fields(Language language);

    // What follows the verb for these (already checked) values.
    public abstract string Command(FormValues values);

    public virtual bool CanEdit => false;

    // Whether what follows the form's word names a record to edit (#12, #C3); otherwise it fills in the customer.
    public virtual bool Names(string which) => CanEdit;

    public virtual CrmText EditTitle => Title;

    // The record a member named, with the edit form's fields holding its values; or why there is none.
    public virtual FormRecord Find(string typed, Language language) => throw new NotSupportedException();

    public virtual Task<RecordEdit> SaveAsync(long id, FormValues values, string detail, CommandContext context, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
