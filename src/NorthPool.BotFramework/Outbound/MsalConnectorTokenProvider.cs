using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace NorthPool.BotFramework.Outbound;

// Client-credentials tokens for the Bot Connector. MSAL's in-memory app token cache hands back the cached token and
// renews it before expiry; forceRefresh is used once after a 401 from the connector.
public sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    private readonly IConfidentialClientApplication _app;
    private readonly string[] _scopes;

    public MsalConnectorTokenProvider(IOptions<BotFrameworkOptions> options, IMsalHttpClientFactory httpClientFactory)
    {
        var config = options.Value;
        var tenant = config.AppType == BotAppType.MultiTenant ? "botframework.com" : config.TenantId;
        _scopes = [config.OAuthScope];
        _app = ConfidentialClientApplicationBuilder.Create(config.AppId)
            .WithClientSecret(config.AppPassword)
            .WithAuthority($"{config.AuthorityHost.TrimEnd('/')}/{tenant}", validateAuthority: false)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
    }

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForClient(_scopes).WithForceRefresh(forceRefresh).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}

public sealed class MsalHttpClientFactory(IHttpClientFactory httpClientFactory) : IMsalHttpClientFactory
{
    public const string HttpClientName = "NorthPool.Msal";

    public HttpClient GetHttpClient() => httpClientFactory.CreateClient(HttpClientName);
}
