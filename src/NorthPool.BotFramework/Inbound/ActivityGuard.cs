using System.Net;
using Microsoft.Extensions.Options;
using NorthPool.BotFramework.Schema;

namespace NorthPool.BotFramework.Inbound;

// The checks that need the body: channel endorsement, the serviceurl claim, loopback-only in local mode, tenants,
// ids short enough to store.
public sealed class ActivityGuard(IOptions<BotFrameworkOptions> options, ServiceUrlTrust serviceUrlTrust)
{
    public GuardResult Check(BotIdentity identity, Activity activity)
    {
        var trusted = CheckSender(identity, activity);
        if (trusted != GuardResult.Ok)
            return trusted;

        if (ActivityIds.FirstOverLimit(activity) is var (field, bytes))
            return GuardResult.BadRequest($"{field} is {bytes} bytes long; ids of at most {ActivityIds.MaxBytes} bytes are accepted");
        return GuardResult.Ok;
    }

    private GuardResult CheckSender(BotIdentity identity, Activity activity)
    {
        var serviceUrl = activity.ServiceUrl;
        if (identity.Endorsements is { } endorsements && !endorsements.Contains(activity.ChannelId ?? "", StringComparer.Ordinal))
            return GuardResult.Unauthorized($"the signing key is not endorsed for channel '{activity.ChannelId}'");

        switch (identity.Profile)
        {
            case TokenProfile.Anonymous when !IsLoopbackUrl(serviceUrl):
                return GuardResult.Unauthorized("local mode accepts loopback serviceUrls only");
            case TokenProfile.BotFramework when identity.ServiceUrlClaim is null:
                return GuardResult.Unauthorized("the token has no serviceurl claim");
            case TokenProfile.Entra when identity.ServiceUrlClaim is null && !serviceUrlTrust.IsTrusted(serviceUrl):
                return GuardResult.Unauthorized("the serviceUrl host is not trusted");
        }

        if (identity.ServiceUrlClaim is { } claim && !SameServiceUrl(claim, serviceUrl))
            return GuardResult.Unauthorized("the serviceurl claim does not match the activity's serviceUrl");

        var tenants = options.Value.AllowedTenants;
        if (tenants.Count > 0 && !tenants.Contains(activity.TenantId ?? "", StringComparer.OrdinalIgnoreCase))
            return GuardResult.Forbidden($"tenant '{activity.TenantId}' is not allowed");

        return GuardResult.Ok;
    }

    private static bool SameServiceUrl(string claim, string? serviceUrl) =>
        serviceUrl is not null && string.Equals(claim.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static bool IsLoopbackUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
}

public sealed record GuardResult(int Status, string? Reason)
{
    public static readonly GuardResult Ok = new(200, null);

    public static GuardResult BadRequest(string reason) => new(400, reason);

    public static GuardResult Unauthorized(string reason) => new(401, reason);

    public static GuardResult Forbidden(string reason) => new(403, reason);
}
