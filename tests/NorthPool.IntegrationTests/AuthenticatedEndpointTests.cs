using NorthPool.Tasks;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NorthPool.IntegrationTests.Support;
using NorthPool.Tests.Support;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// With an AppId every request needs a valid Bot Framework token; keys come from a real local metadata endpoint.
public sealed class AuthenticatedEndpointTests : IAsyncLifetime
{
    private readonly TestSigningKey _key = new("key-1", "msteams");
    private readonly FakeTimeProvider _time = new(NorthPoolApp.Start);
    private OpenIdTestServer _openId = null!;
    private FakeConnector _connector = null!;
    private NorthPoolApp _app = null!;

    public async Task InitializeAsync()
    {
        _openId = await OpenIdTestServer.StartAsync();
        _openId.Serve(_key);
        _connector = await FakeConnector.StartAsync();
        _app = await NorthPoolApp.StartAsync(settings: JwtModeSettings.For(_openId.MetadataUrl), time: _time, services: s => s.AddSingleton(FakeEntraTokenEndpoint.Create()));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    [Fact]
    public async Task ARequestWithoutATokenIs401()
    {
        var response = await _app.PostAsync(Personal(_connector.ServiceUrl, "认领 BD-001"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _app.Db.Audit.Count());
    }

    [Fact]
    public async Task AValidTokenWhoseServiceUrlMatchesIsAccepted()
    {
        var token = TestTokens.Create(_key, _time.GetUtcNow(), serviceUrl: _connector.ServiceUrl);

        var response = await _app.PostAsync(Personal(_connector.ServiceUrl, "认领 BD-001"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _connector.WaitForAsync(s => s.Sentence!.StartsWith("✅", StringComparison.Ordinal));
        Assert.Equal("Bearer entra-app-token", reply.Authorization);
        Assert.Equal(1, _app.Db.Audit.Count());
    }

    [Fact]
    public async Task AServiceUrlOtherThanTheTokensIs401()
    {
        var token = TestTokens.Create(_key, _time.GetUtcNow(), serviceUrl: "https://smba.trafficmanager.net/amer/");

        var response = await _app.PostAsync(Personal(_connector.ServiceUrl, "认领 BD-001"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _app.Db.Audit.Count());
    }

    [Fact]
    public async Task AnExpiredTokenIs401()
    {
        var token = TestTokens.Create(_key, _time.GetUtcNow(), serviceUrl: _connector.ServiceUrl,
            notBeforeOffset: TimeSpan.FromHours(-2), expiresOffset: TimeSpan.FromHours(-1));

        var response = await _app.PostAsync(Personal(_connector.ServiceUrl, "认领 BD-001"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
