using System.Text.RegularExpressions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NorthPool.BotFramework.Inbound;

// What every token NorthPool accepts has in common, whether a channel sent it (BotTokenValidator) or a Teams tab
// asked Entra ID for it on a member's behalf (UserTokenValidator): RSA signatures only, and a lifetime checked on the
// injected clock with five minutes' skew.
internal static partial class TokenRules
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    public static readonly string[] Algorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    // The token as it claims to be, for choosing its issuer's keys; null when it is not a JWT at all.
    public static JsonWebToken? Read(string token)
    {
        try
        {
            return new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // Signed by one of keys, issued by issuer for one of audiences, within its lifetime.
    public static TokenValidationParameters Parameters(string issuer, IEnumerable<string> audiences, IEnumerable<SecurityKey> keys, TimeProvider timeProvider) => new()
    {
        ValidIssuer = issuer,
        ValidAudiences = audiences,
        IssuerSigningKeys = keys,
        ValidAlgorithms = Algorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        LifetimeValidator = Lifetime(timeProvider),
    };

    public static LifetimeValidator Lifetime(TimeProvider timeProvider) => (notBefore, expires, _, _) =>
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        if (expires is null || now > expires.Value.Add(ClockSkew))
            return false;
        return notBefore is null || now >= notBefore.Value.Subtract(ClockSkew);
    };

    // The tenant of an Entra ID issuer, v1 (https://sts.windows.net/<tid>/) or v2
    // (https://login.microsoftonline.com/<tid>/v2.0); null for any other issuer.
    public static string? EntraTenant(string issuer)
    {
        var match = EntraIssuer().Match(issuer);
        if (!match.Success)
            return null;
        return match.Groups["v1"].Success ? match.Groups["v1"].Value : match.Groups["v2"].Value;
    }

    [GeneratedRegex("^(https://sts\\.windows\\.net/(?<v1>[0-9a-fA-F-]{36})/|https://login\\.microsoftonline\\.com/(?<v2>[0-9a-fA-F-]{36})/v2\\.0)$")]
    private static partial Regex EntraIssuer();
}
