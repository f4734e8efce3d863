namespace NorthPool.Members;

// Who an Entra object id is in Teams: learned from the member's turns (from.aadObjectId), so a Teams tab's SSO token
// (which names only the object id) acts as the same member as their chat. Id is the object id, lower case.
public sealed record MemberAccount
{
    public string Id { get; init; } = "";
    public string MemberId { get; init; } = "";
    public string Name { get; init; } = "";
    public string? TenantId { get; init; }
    public DateTimeOffset SeenAt { get; init; }
}
