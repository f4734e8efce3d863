using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NorthPool.BotFramework.Inbound;
using NorthPool.IntegrationTests.Support;
using NorthPool.Tasks;
using NorthPool.Tests.Support;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// Issue 9, fault 5: with the OpenID metadata endpoint answering 503, forged tokens got 500 and each one fetched the
// metadata again; with it hanging, requests were answered one after another. The endpoint is a real loopback server
// that fails or hangs; the fetch timeout runs on the app's fake clock, so the test decides when it passes.
public sealed class SigningKeyOutageTests : IAsyncLifetime
{
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(10);

    private readonly TestSigningKey _key = new("key-1", "msteams");
    private readonly TestSigningKey _forger = new("forged-key", "msteams");
    private readonly FakeTimeProvider _time = new(NorthPoolApp.Start);
    private OpenIdTestServer _openId = null!;
    private FakeConnector _connector = null!;
    private NorthPoolApp _app = null!;

    public async Task InitializeAsync()
    {
        _openId = await OpenIdTestServer.StartAsync();
        _openId.Serve(_key);
        _connector = await FakeConnector.StartAsync();
        _app = await NorthPoolApp.StartAsync(settings: new Dictionary<string, string?>(JwtModeSettings.For(_openId.MetadataUrl)) { ["BotFramework:OpenIdFetchTimeout"] = FetchTimeout.ToString() }, time: _time, services: s => s.AddSingleton(FakeEntraTokenEndpoint.Create()));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(TestSigningKey signer, string text = "认领 BD-001") =>
        _app.PostAsync(Personal(_connector.ServiceUrl, text), TestTokens.Create(signer, _time.GetUtcNow(), serviceUrl: _connector.ServiceUrl));

    private async Task WarmUpAsync() => Assert.Equal(HttpStatusCode.OK, (await PostAsync(_key, "帮助")).StatusCode);

    [Fact]
    public async Task AForgedTokenIs401WhileTheMetadataEndpointFails()
    {
        _openId.Availability = MetadataAvailability.Failing;

        var response = await PostAsync(_forger);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, _app.Db.Audit.Count());
    }

    [Fact]
    public async Task AForgedTokenNamingAnUnknownKeyIs401WhenTheRefreshItCausesFails()
    {
        await WarmUpAsync();
        _openId.Availability = MetadataAvailability.Failing;
        _time.Advance(OpenIdKeySource.MinRefreshInterval);

        var response = await PostAsync(_forger);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(2, _openId.MetadataFetches);
    }

    [Fact]
    public async Task ATokenSignedWithACachedKeyIsAcceptedWhileTheEndpointFails()
    {
        await WarmUpAsync();
        _openId.Availability = MetadataAvailability.Failing;
        _time.Advance(OpenIdKeySource.MaxAge + TimeSpan.FromHours(1));

        var response = await PostAsync(_key);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _connector.WaitForAsync(s => s.Sentence!.StartsWith("✅ 已认领 [BD-001-2026W48]", StringComparison.Ordinal));
        await Eventually.TrueAsync(() => _openId.MetadataFetches == 2); // the stale keys' refresh was tried
    }

    [Fact]
    public async Task ConcurrentForgedTokensCauseAtMostOneMetadataFetch()
    {
        _openId.Availability = MetadataAvailability.Failing;

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PostAsync(_forger)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.True(_openId.MetadataFetches <= 1, $"{_openId.MetadataFetches} metadata fetches");
    }

    [Fact]
    public async Task WithAHangingEndpointEveryRequestIsAnsweredWhenTheTimeoutPassesNotOneAfterAnother()
    {
        _openId.Availability = MetadataAvailability.Hanging;

        var requests = Enumerable.Range(0, 6).Select(_ => PostAsync(_forger)).ToArray();
        await Eventually.TrueAsync(() => _openId.HangingRequests == 1);
        Assert.DoesNotContain(requests, r => r.IsCompleted);
        _time.Advance(FetchTimeout);

        // Real seconds only bound the wait: before the fix these requests waited on real-time HTTP timeouts, in turn.
        var responses = await Task.WhenAll(requests).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(1, _openId.MetadataFetches);
    }
}
