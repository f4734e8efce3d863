namespace NorthPool.Members;

// One role held by one member (for a pool lead: of one pool). Source "config" grants mirror configuration and are
// rewritten at every start; "chat" grants were given by an admin with a command and stay until taken back.
public sealed record RoleGrant
{
    public string Id { get; init; } = "";
    public Role Role { get; init; }
    public string? Pool { get; init; }
    public string MemberId { get; init; } = "";
    public string? MemberName { get; init; }
    public string Source { get; init; } = "chat";
    public string? GrantedBy { get; init; }
    public DateTimeOffset At { get; init; }

    public static string IdOf(Role role, string? pool, string memberId) => $"{role}:{pool}:{memberId}";
}
