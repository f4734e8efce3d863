namespace NorthPool.BotFramework;

public sealed class BotFrameworkOptions
{
    public const string Section = "BotFramework";
    public const string DefaultOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultEntraOpenIdMetadataUrl = "https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration";

    public string? AppId { get; set; }
    public string? AppPassword { get; set; }
    public string? TenantId { get; set; }
    public BotAppType AppType { get; set; } = BotAppType.SingleTenant;

    // The loud, explicitly named local bypass: only with no AppId, only loopback callers with a loopback serviceUrl.
    public bool AllowUnauthenticatedLocalRequests { get; set; }

    public string OpenIdMetadataUrl { get; set; } = DefaultOpenIdMetadataUrl;
    public string EntraOpenIdMetadataUrl { get; set; } = DefaultEntraOpenIdMetadataUrl;
    public bool RequireHttpsMetadata { get; set; } = true;
    // The longest a request waits for signing keys; the fetch is shared and runs once at a time.
    public TimeSpan OpenIdFetchTimeout { get; set; } = TimeSpan.FromSeconds(10);
    public string AuthorityHost { get; set; } = "https://login.microsoftonline.com";
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    public List<string> AllowedTenants { get; set; } = [];
    // Empty means Teams' own hosts. (A list default would be merged with, not replaced by, configured items.)
    public List<string> TrustedServiceHosts { get; set; } = [];
    public static readonly IReadOnlyList<string> DefaultTrustedServiceHosts =
        ["smba.trafficmanager.net", "*.botframework.com", "*.teams.microsoft.com", "*.teams.microsoft.us", "botframework.azure.us"];
    public IReadOnlyList<string> EffectiveTrustedServiceHosts => TrustedServiceHosts.Count > 0 ? TrustedServiceHosts : DefaultTrustedServiceHosts;

    public int MaxRequestBytes { get; set; } = 256 * 1024;
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(30);
    public int ConnectorMaxRetries { get; set; } = 3;
    public TimeSpan ConnectorRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);
    // One call to the connector that has not answered by then is given up (and retried if it was a GET or PUT).
    public TimeSpan ConnectorAttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public bool HasAppId => !string.IsNullOrWhiteSpace(AppId);
}

public enum BotAppType
{
    SingleTenant,
    MultiTenant,
}
