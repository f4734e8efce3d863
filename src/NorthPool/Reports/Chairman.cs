using NorthPool.Members;

namespace NorthPool.Reports;

// Who may give instructions: the chairman by configuration (Reports:ChairmanIds) or named by an admin with
// /设为董事长 @name, which replaces the one named before.
public sealed class Chairman(RoleStore roles, TimeProvider timeProvider)
{
    public bool Is(string memberId, string? aadObjectId) => roles.Holds(memberId, aadObjectId, Role.Chairman);

    public Task SetAsync(string memberId, string? memberName, string grantedBy, CancellationToken cancellationToken) =>
        roles.GrantAsync(new RoleGrant { Role = Role.Chairman, MemberId = memberId, MemberName = memberName, GrantedBy = grantedBy, At = timeProvider.GetUtcNow() }, cancellationToken, replaceOthers: true);
}
