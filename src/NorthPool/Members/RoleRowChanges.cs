using LiteDB;
using NorthPool.Storage;

namespace NorthPool.Members;

// Roles another instance granted or revoked: the grants are loaded again.
internal sealed class RoleRowChanges(RoleStore roles) : IRowChangeHandler
{
    public string Collection => "roles";

    public void Changed(BsonValue id) => roles.Forget();

    public void Forget() => roles.Forget();
}
