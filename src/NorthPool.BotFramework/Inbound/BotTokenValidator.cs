using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace NorthPool.BotFramework.Inbound;

// Validates the bearer token of an inbound request: issuer profile chosen by the unvalidated iss, signature against
// the profile's OpenID keys, issuer, audience = app id, lifetime with 5 minutes' skew on the injected clock.
public sealed class BotTokenValidator(IOptions<BotFrameworkOptions> options, OpenIdKeySource keySource, TimeProvider timeProvider)
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public static readonly TimeSpan ClockSkew = TokenRules.ClockSkew;

    // Tenants Azure Bot Service signs Entra-issued channel tokens from.
    public static readonly IReadOnlySet<string> BotFrameworkTenants = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a", "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    };

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<AuthOutcome> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        var config = options.Value;
        if (!config.HasAppId)
            return new AuthOutcome.Refused("a token cannot be validated while BotFramework:AppId is not set");

        if (TokenRules.Read(token) is not { } unvalidated)
            return new AuthOutcome.Refused("the bearer token is not a JWT");

        var profile = ChooseProfile(unvalidated.Issuer, config);
        if (profile is null)
            return new AuthOutcome.Refused($"unknown issuer '{unvalidated.Issuer}'");

        var keys = await keySource.GetKeysAsync(profile.MetadataUrl, unvalidated.Kid, cancellationToken);
        if (keys is null)
            return new AuthOutcome.Refused($"no signing keys could be fetched from {profile.MetadataUrl}");
        var parameters = TokenRules.Parameters(unvalidated.Issuer, [config.AppId!, $"api://{config.AppId}", $"api://botid-{config.AppId}"], keys.SigningKeys, timeProvider);

        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
            return new AuthOutcome.Refused(result.Exception?.GetType().Name ?? "invalid token");

        if (profile.Profile == TokenProfile.Entra && !TenantMatches(unvalidated, profile.TenantId))
            return new AuthOutcome.Refused("the tid claim does not match the issuer's tenant");

        var endorsements = unvalidated.Kid is not null && keys.ByKeyId.TryGetValue(unvalidated.Kid, out var key) ? key.Endorsements : null;
        if (profile.Profile == TokenProfile.BotFramework && endorsements is null)
            return new AuthOutcome.Refused("the signing key has no endorsements");

        var serviceUrl = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        return new AuthOutcome.Accepted(new BotIdentity(unvalidated.Issuer, profile.Profile, serviceUrl, endorsements));
    }

    private static bool TenantMatches(JsonWebToken token, string? issuerTenant) =>
        !token.TryGetPayloadValue<string>("tid", out var tid) || string.Equals(tid, issuerTenant, StringComparison.OrdinalIgnoreCase);

    private static ProfileChoice? ChooseProfile(string issuer, BotFrameworkOptions config)
    {
        if (issuer == BotFrameworkIssuer)
            return new ProfileChoice(TokenProfile.BotFramework, config.OpenIdMetadataUrl, null);

        if (TokenRules.EntraTenant(issuer) is not { } tenant)
            return null;
        var allowed = BotFrameworkTenants.Contains(tenant)
            || (config.AppType == BotAppType.SingleTenant && string.Equals(tenant, config.TenantId, StringComparison.OrdinalIgnoreCase));
        return allowed
            ? new ProfileChoice(TokenProfile.Entra, config.EntraOpenIdMetadataUrl.Replace("{tenantId}", tenant), tenant)
            : null;
    }

    private sealed record ProfileChoice(TokenProfile Profile, string MetadataUrl, string? TenantId);
}
