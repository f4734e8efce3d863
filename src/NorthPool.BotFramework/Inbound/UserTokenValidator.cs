using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace NorthPool.BotFramework.Inbound;

// Validates the token a Teams tab gets with TeamsJS's authentication.getAuthToken (Teams SSO): issued by Entra ID
// (v1 or v2) for an accepted tenant, signed with that tenant's keys, for this app (audience api://<domain>/<app id>,
// or the app id itself in a v2 token), within its lifetime, carrying the access_as_user scope and the member's
// object id. Keys and lifetime are checked exactly as for the bot's inbound tokens (OpenIdKeySource, TokenRules).
public sealed class UserTokenValidator(IOptions<BotFrameworkOptions> options, OpenIdKeySource keySource, TimeProvider timeProvider)
{
    public const string Scope = "access_as_user";

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    // domain: the host the tabs are served from (Board:Domain); null accepts only the app id as audience.
    public async Task<UserTokenOutcome> ValidateAsync(string token, string? domain, CancellationToken cancellationToken)
    {
        var config = options.Value;
        if (!config.HasAppId)
            return new UserTokenOutcome.Refused("a token cannot be validated while BotFramework:AppId is not set");

        if (TokenRules.Read(token) is not { } unvalidated)
            return new UserTokenOutcome.Refused("the bearer token is not a JWT");

        if (TokenRules.EntraTenant(unvalidated.Issuer) is not { } tenant)
            return new UserTokenOutcome.Refused($"the issuer '{unvalidated.Issuer}' is not Entra ID");
        if (!TenantAccepted(tenant, config))
            return new UserTokenOutcome.Refused($"tenant {tenant} is not this bot's");

        var metadataUrl = config.EntraOpenIdMetadataUrl.Replace("{tenantId}", tenant);
        var keys = await keySource.GetKeysAsync(metadataUrl, unvalidated.Kid, cancellationToken);
        if (keys is null)
            return new UserTokenOutcome.Refused($"no signing keys could be fetched from {metadataUrl}");
        List<string> audiences = [config.AppId!];
        if (!string.IsNullOrWhiteSpace(domain))
            audiences.Add($"api://{domain}/{config.AppId}");
        var parameters = TokenRules.Parameters(unvalidated.Issuer, audiences, keys.SigningKeys, timeProvider);

        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
            return new UserTokenOutcome.Refused(result.Exception?.GetType().Name ?? "invalid token");
        if (!string.Equals(Claim(unvalidated, "tid"), tenant, StringComparison.OrdinalIgnoreCase))
            return new UserTokenOutcome.Refused("the tid claim does not match the issuer's tenant");
        if (!(Claim(unvalidated, "scp") ?? "").Split(' ').Contains(Scope, StringComparer.Ordinal))
            return new UserTokenOutcome.Refused($"the token does not carry the {Scope} scope");
        if (Claim(unvalidated, "oid") is not { Length: > 0 } objectId)
            return new UserTokenOutcome.Refused("the token names no user (oid)");

        return new UserTokenOutcome.Accepted(new UserIdentity(objectId, tenant, Claim(unvalidated, "name")));
    }

    // A single-tenant bot's own tenant; a multi-tenant bot's AllowedTenants, or any tenant when it names none (the
    // member must still be one NorthPool has met in that tenant).
    private static bool TenantAccepted(string tenant, BotFrameworkOptions config) =>
        config.AppType == BotAppType.SingleTenant
            ? string.Equals(tenant, config.TenantId, StringComparison.OrdinalIgnoreCase)
            : config.AllowedTenants.Count == 0 || config.AllowedTenants.Contains(tenant, StringComparer.OrdinalIgnoreCase);

    private static string? Claim(JsonWebToken token, string name) =>
        token.TryGetPayloadValue<string>(name, out var value) ? value : null;
}

public abstract record UserTokenOutcome
{
    public sealed record Accepted(UserIdentity User) : UserTokenOutcome;

    public sealed record Refused(string Reason) : UserTokenOutcome;
}

// The member a tab's token speaks for: their Entra object id and tenant, and the name Entra gives.
public sealed record UserIdentity(string ObjectId, string TenantId, string? Name);
