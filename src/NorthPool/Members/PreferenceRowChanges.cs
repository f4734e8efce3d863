using LiteDB;
using NorthPool.Storage;

namespace NorthPool.Members;

// A language another instance set: read again when next asked.
internal sealed class PreferenceRowChanges(MemberPreferenceStore preferences) : IRowChangeHandler
{
    public string Collection => "members";

    public void Changed(BsonValue id) => preferences.Forget(id.AsString);

    public void Forget() => preferences.ForgetAll();
}
