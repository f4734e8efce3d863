using System.Net;
using Microsoft.Extensions.Options;
using NorthPool.BotFramework;
using NorthPool.Members;

namespace NorthPool.Board;

// Who a board request acts as. Local mode (no BotFramework:AppId): loopback callers only, from the board's own pages
// (a request another site's page makes the browser send is refused), acting as the member the page names in
// X-NorthPool-Member; the page says so in a banner. With an app id the board needs Teams SSO, which is not built yet:
// every request is refused with 401 rather than served to anyone.
public sealed class BoardAccess(IOptions<BotFrameworkOptions> bot, RoleStore roles, Tasks.TaskStore tasks)
{
    public const string MemberHeader = "X-NorthPool-Member";

    public bool IsLocalMode => !bot.Value.HasAppId;

    public BoardCaller Check(HttpContext http, bool needsMember)
    {
        if (!IsLocalMode)
            return BoardCaller.Refused(StatusCodes.Status401Unauthorized);
        if (http.Connection.RemoteIpAddress is not { } ip || !IPAddress.IsLoopback(ip) || IsCrossSite(http.Request))
            return BoardCaller.Refused(StatusCodes.Status403Forbidden);
        var id = http.Request.Headers[MemberHeader].ToString();
        if (string.IsNullOrWhiteSpace(id))
            id = http.Request.Query["member"].ToString();
        if (string.IsNullOrWhiteSpace(id))
            return needsMember ? BoardCaller.Refused(StatusCodes.Status400BadRequest) : new BoardCaller(DefaultMember(), null);
        return new BoardCaller(Member(id.Trim()), null);
    }

    // A browser names the page that made the request: anything but this host's own pages is another site.
    private static bool IsCrossSite(HttpRequest request)
    {
        if (request.Headers["Sec-Fetch-Site"].ToString() is { Length: > 0 } site && site is not ("same-origin" or "none"))
            return true;
        return request.Headers.Origin.ToString() is { Length: > 0 } origin
            && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }

    private Member DefaultMember() =>
        roles.Holders(Role.Admin).FirstOrDefault() is { } admin ? Member(admin.MemberId) : new Member("local", "local");

    private Member Member(string id)
    {
        var name = roles.All.FirstOrDefault(g => g.MemberId == id && g.MemberName is not null)?.MemberName
            ?? tasks.OpenOwnedBy(id).FirstOrDefault(t => t.OwnerName is not null)?.OwnerName ?? id;
        return new Member(id, name, roles.Holds(id, null, Role.Admin))
        {
            IsChairman = roles.Holds(id, null, Role.Chairman),
            LeadOf = roles.PoolsLedBy(id, null),
        };
    }
}

// Member is null when Status says why the request is refused.
public sealed record BoardCaller(Members.Member? Member, int? Status)
{
    public static BoardCaller Refused(int status) => new(null, status);
}
