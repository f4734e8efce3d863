using LiteDB;
using NorthPool.Storage;

namespace NorthPool.Members;

// An account another instance learned: read again when next asked.
internal sealed class AccountRowChanges(MemberAccountStore accounts) : IRowChangeHandler
{
    public string Collection => "accounts";

    public void Changed(BsonValue id) => accounts.Forget(id.AsString);

    public void Forget() => accounts.ForgetAll();
}
