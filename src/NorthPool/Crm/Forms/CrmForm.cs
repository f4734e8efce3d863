using NorthPool.Commands;
using NorthPool.Localization;

namespace NorthPool.Crm;

// A record's card form. Creating composes the command a member would type from the fields and runs that verb, so a
// form and a chat line share one handler, its checks and its answers. Forms that edit (CanEdit) find the record
// from what follows the form's word and save through the record's store, owners their own, leads and admins all.
public abstract class CrmForm
{
    // The form's key in card data ("customer") and the words that ask for it (客户, customer).
    public abstract string Name { get; }

    public abstract string[] Words { get; }

    public abstract CrmText Title { get; }

    // The field a typed name or a customer card's button fills in ("customer"), if the form has one.
    public virtual string? CustomerField => "customer";

    public abstract IReadOnlyList<FormField> Fields(Language language);

    // The words the verb takes for these (already checked) values.
    public abstract string Command(FormValues values);

    // The verb's handler with Args = Command(values).
    public abstract Task<Reply> RunAsync(VerbCall call, CancellationToken cancellationToken);

    public virtual bool CanEdit => false;

    public virtual CrmText EditTitle => Title;

    // The record a member named, with the edit form's fields holding its values; or why there is none.
    public virtual FormRecord Find(string typed, Language language) => throw new NotSupportedException();

    public virtual Task<RecordEdit> SaveAsync(long id, FormValues values, string detail, CommandContext context, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
