using NorthPool.BotFramework.Schema;

namespace NorthPool.Members;

// Who is speaking and the roles they hold (by Teams id or Entra object id).
public sealed class MemberDirectory(RoleStore roles)
{
    public Member From(Activity activity)
    {
        var from = activity.From!;
        var aad = from.AadObjectId;
        return new Member(from.Id, string.IsNullOrWhiteSpace(from.Name) ? from.Id : from.Name, roles.Holds(from.Id, aad, Role.Admin))
        {
            AadObjectId = aad,
            IsChairman = roles.Holds(from.Id, aad, Role.Chairman),
            LeadOf = roles.PoolsLedBy(from.Id, aad),
        };
    }
}
