using System.Net;
using Microsoft.Extensions.Options;
using NorthPool.BotFramework;
using NorthPool.BotFramework.Inbound;
using NorthPool.Members;

namespace NorthPool.Board;

// Who a board API request acts as.
// - With an app id (Teams): the bearer token the tab got through Teams SSO, validated against Entra ID, names the
//   member by object id; NorthPool knows them from their chat turns (MemberAccountStore). No token or a bad one → 401;
//   a valid token for someone NorthPool has never met → 403.
// - Local mode (no app id): loopback callers only, acting as the member the page names in X-NorthPool-Member; the page
//   says so in a banner.
// Either way a request another site's page makes the browser send is refused: the pages call their own origin.
public sealed partial class BoardAccess(
    IOptions<BotFrameworkOptions> bot,
    IOptions<BoardOptions> board,
    UserTokenValidator tokens,
    MemberAccountStore accounts,
    RoleStore roles,
    Tasks.TaskStore tasks,
    ILogger<BoardAccess> logger)
{
    public const string MemberHeader = "X-NorthPool-Member";

    public bool IsLocalMode => !bot.Value.HasAppId;

    // Pages carry no data (the API does): with an app id anyone may load them, in local mode only loopback callers.
    public bool MayServePage(HttpContext http) => !IsLocalMode || IsLoopback(http);

    public async Task<BoardCaller> CheckAsync(HttpContext http, bool needsMember, CancellationToken cancellationToken)
    {
        if (IsCrossSite(http.Request))
            return BoardCaller.Refused(StatusCodes.Status403Forbidden, null);
        return IsLocalMode ? CheckLocal(http, needsMember) : await CheckTokenAsync(http, cancellationToken);
    }

    private BoardCaller CheckLocal(HttpContext http, bool needsMember)
    {
        if (!IsLoopback(http))
            return BoardCaller.Refused(StatusCodes.Status403Forbidden, null);
        var id = http.Request.Headers[MemberHeader].ToString();
        if (string.IsNullOrWhiteSpace(id))
            id = http.Request.Query["member"].ToString();
        if (string.IsNullOrWhiteSpace(id))
            return needsMember ? BoardCaller.Refused(StatusCodes.Status400BadRequest, null) : new BoardCaller(DefaultMember(), null, null);
        return new BoardCaller(Member(id.Trim(), null, null), null, null);
    }

    private async Task<BoardCaller> CheckTokenAsync(HttpContext http, CancellationToken cancellationToken)
    {
        // A browser cannot put a header on a WebSocket: the live channel carries the token in its query.
        var token = BearerToken(http.Request)
            ?? (http.WebSockets.IsWebSocketRequest ? http.Request.Query["access_token"].ToString() : null);
        if (string.IsNullOrWhiteSpace(token))
            return BoardCaller.Refused(StatusCodes.Status401Unauthorized, null);
        var outcome = await tokens.ValidateAsync(token, board.Value.Domain, cancellationToken);
        if (outcome is not UserTokenOutcome.Accepted { User: var user })
        {
            LogTokenRefused(logger, ((UserTokenOutcome.Refused)outcome).Reason);
            return BoardCaller.Refused(StatusCodes.Status401Unauthorized, null);
        }
        if (accounts.FindByObjectId(user.ObjectId) is not { } account
            || (account.TenantId is not null && !string.Equals(account.TenantId, user.TenantId, StringComparison.OrdinalIgnoreCase)))
            return BoardCaller.Refused(StatusCodes.Status403Forbidden, "stranger");
        return new BoardCaller(Member(account.MemberId, account.Name, user.ObjectId), null, null);
    }

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    private static bool IsLoopback(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip);

    // A browser names the page that made the request: anything but this host's own pages is another site.
    private static bool IsCrossSite(HttpRequest request)
    {
        if (request.Headers["Sec-Fetch-Site"].ToString() is { Length: > 0 } site && site is not ("same-origin" or "none"))
            return true;
        return request.Headers.Origin.ToString() is { Length: > 0 } origin
            && !(Uri.TryCreate(origin, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }

    private Member DefaultMember() =>
        roles.Holders(Role.Admin).FirstOrDefault() is { } admin ? Member(admin.MemberId, null, null) : new Member("local", "local");

    private Member Member(string id, string? name, string? objectId)
    {
        name ??= roles.All.FirstOrDefault(g => g.MemberId == id && g.MemberName is not null)?.MemberName
            ?? tasks.OpenOwnedBy(id).FirstOrDefault(t => t.OwnerName is not null)?.OwnerName ?? id;
        return new Member(id, name, roles.Holds(id, objectId, Role.Admin))
        {
            AadObjectId = objectId,
            IsChairman = roles.Holds(id, objectId, Role.Chairman),
            LeadOf = roles.PoolsLedBy(id, objectId),
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Board request refused: {Reason}")]
    private static partial void LogTokenRefused(ILogger logger, string reason);
}

// Member is null when Status says why the request is refused; MessageKey, when set, names the BoardTexts refusal to show.
public sealed record BoardCaller(Members.Member? Member, int? Status, string? MessageKey)
{
    public static BoardCaller Refused(int status, string? messageKey) => new(null, status, messageKey);
}
