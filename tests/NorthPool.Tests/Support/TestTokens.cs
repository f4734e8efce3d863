using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace NorthPool.Tests.Support;

public static class TestTokens
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    public static string Create(
        TestSigningKey key,
        DateTimeOffset now,
        string issuer = "https://api.botframework.com",
        string audience = AppId,
        string? serviceUrl = ServiceUrl,
        TimeSpan? notBeforeOffset = null,
        TimeSpan? expiresOffset = null,
        IDictionary<string, object>? extraClaims = null)
    {
        var claims = new Dictionary<string, object>(extraClaims ?? new Dictionary<string, object>());
        if (serviceUrl is not null)
            claims["serviceurl"] = serviceUrl;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = (now + (notBeforeOffset ?? TimeSpan.FromMinutes(-1))).UtcDateTime,
            Expires = (now + (expiresOffset ?? TimeSpan.FromMinutes(30))).UtcDateTime,
            Claims = claims,
            SigningCredentials = key.Credentials,
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
