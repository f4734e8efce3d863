using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Moq;
using NorthPool.BotFramework;
using NorthPool.BotFramework.Inbound;
using NorthPool.BotFramework.Outbound;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.BotFramework;

// Entra ID's token endpoint cannot run here: MSAL's HTTP (IMsalHttpClientFactory) is the one faked seam.
public class MsalConnectorTokenProviderTests
{
    private const string TenantId = "aaaaaaaa-0000-0000-0000-000000000001";
    private readonly List<string> _tokenRequests = [];

    private MsalConnectorTokenProvider Provider(BotAppType appType = BotAppType.SingleTenant)
    {
        var entra = new StubHandler((request, _) =>
        {
            var body = request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
            lock (_tokenRequests)
                _tokenRequests.Add($"{request.RequestUri} {body}");
            var json = $"{{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"token-{_tokenRequests.Count}\"}}";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        });
        var factory = new Mock<IMsalHttpClientFactory>();
        factory.Setup(f => f.GetHttpClient()).Returns(() => new HttpClient(entra));
        var options = Options.Create(new BotFrameworkOptions
        {
            AppId = TestTokens.AppId, AppPassword = "s3cret", TenantId = TenantId, AppType = appType,
        });
        return new MsalConnectorTokenProvider(options, factory.Object);
    }

    [Fact]
    public async Task ASingleTenantBotAsksItsOwnTenantForABotFrameworkToken()
    {
        var token = await Provider().GetTokenAsync(forceRefresh: false, default);

        Assert.Equal("token-1", token);
        var request = Assert.Single(_tokenRequests);
        Assert.StartsWith($"https://login.microsoftonline.com/{TenantId}/oauth2/v2.0/token", request);
        Assert.Contains("grant_type=client_credentials", request);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", request);
        Assert.Contains($"client_id={TestTokens.AppId}", request);
    }

    [Fact]
    public async Task AMultiTenantBotUsesTheBotFrameworkAuthority()
    {
        await Provider(BotAppType.MultiTenant).GetTokenAsync(forceRefresh: false, default);

        Assert.StartsWith("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", Assert.Single(_tokenRequests));
    }

    [Fact]
    public async Task TheTokenIsCachedUntilARefreshIsForced()
    {
        var provider = Provider();

        var first = await provider.GetTokenAsync(forceRefresh: false, default);
        var cached = await provider.GetTokenAsync(forceRefresh: false, default);
        var refreshed = await provider.GetTokenAsync(forceRefresh: true, default);

        Assert.Equal(("token-1", "token-1", "token-2"), (first, cached, refreshed));
        Assert.Equal(2, _tokenRequests.Count);
    }

    [Fact]
    public async Task TheConnectorGetsTheTokenAndA401IsRetriedOnceWithAFreshOne()
    {
        var options = Options.Create(new BotFrameworkOptions());
        var connector = new StubHandler((_, call) => new HttpResponseMessage(call == 1 ? HttpStatusCode.Unauthorized : HttpStatusCode.Created));
        var handler = new ConnectorAuthHandler(Provider(), new ServiceUrlTrust(options), NullLogger<ConnectorAuthHandler>.Instance) { InnerHandler = connector };

        var response = await new HttpClient(handler).PostAsync("https://smba.trafficmanager.net/amer/v3/conversations/a/activities", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], connector.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task NoTokenIsSentToAnUntrustedServiceUrlHost()
    {
        var options = Options.Create(new BotFrameworkOptions());
        var connector = new StubHandler((_, _) => new HttpResponseMessage(HttpStatusCode.Created));
        var handler = new ConnectorAuthHandler(Provider(), new ServiceUrlTrust(options), NullLogger<ConnectorAuthHandler>.Instance) { InnerHandler = connector };

        await new HttpClient(handler).PostAsync("https://attacker.example/v3/conversations/a/activities", new StringContent("{}"));

        Assert.Null(Assert.Single(connector.Requests).Authorization);
    }
}
