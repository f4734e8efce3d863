using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NorthPool.BotFramework;
using NorthPool.BotFramework.Inbound;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.BotFramework;

// Issue 9, fault 5: the signing-key endpoint failing or hanging must not fail requests, multiply fetches or queue
// requests one behind another. A real loopback metadata endpoint; the fetch timeout runs on the fake clock.
public sealed class OpenIdKeySourceTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(10);

    private readonly TestSigningKey _key = new("key-1", "msteams");
    private readonly FakeTimeProvider _time = new(Now);
    private OpenIdTestServer _server = null!;
    private OpenIdKeySource _source = null!;

    public async Task InitializeAsync()
    {
        _server = await OpenIdTestServer.StartAsync();
        _server.Serve(_key);
        var options = Options.Create(new BotFrameworkOptions { OpenIdFetchTimeout = FetchTimeout });
        _source = new OpenIdKeySource(new SimpleHttpClientFactory(), options, _time, NullLogger<OpenIdKeySource>.Instance);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<OpenIdKeys?> KeysAsync(string? keyId = "key-1") => _source.GetKeysAsync(_server.MetadataUrl, keyId, default);

    [Fact]
    public async Task KeysFetchedBeforeAnOutageStayInUseOnceTheyAreStale()
    {
        var before = await KeysAsync();
        _server.Availability = MetadataAvailability.Failing;
        _time.Advance(OpenIdKeySource.MaxAge + TimeSpan.FromHours(1));

        var during = await KeysAsync();

        Assert.Same(before, during);
        await Eventually.TrueAsync(() => _server.MetadataFetches == 2); // the refresh was tried, once
        Assert.Same(before, await KeysAsync());
        Assert.Equal(2, _server.MetadataFetches);
    }

    [Fact]
    public async Task AFailedRefreshForAnUnknownKeyIdKeepsTheKeysAndIsNotRetriedWithinTheInterval()
    {
        var before = await KeysAsync();
        _server.Availability = MetadataAvailability.Failing;
        _time.Advance(OpenIdKeySource.MinRefreshInterval);

        Assert.Same(before, await KeysAsync("forged-1"));
        _time.Advance(OpenIdKeySource.MinRefreshInterval - TimeSpan.FromSeconds(1));
        Assert.Same(before, await KeysAsync("forged-2"));

        Assert.Equal(2, _server.MetadataFetches);
    }

    [Fact]
    public async Task WithoutKeysAFailedFetchIsRetriedOnlyAfterTheRetryInterval()
    {
        _server.Availability = MetadataAvailability.Failing;

        Assert.Null(await KeysAsync());
        Assert.Null(await KeysAsync());
        _server.Availability = MetadataAvailability.Up;
        Assert.Null(await KeysAsync());
        Assert.Equal(1, _server.MetadataFetches);

        _time.Advance(OpenIdKeySource.RetryWithoutKeys);
        Assert.NotNull(await KeysAsync());
        Assert.Equal(2, _server.MetadataFetches);
    }

    [Fact]
    public async Task ConcurrentCallersNamingUnknownKeyIdsShareOneFetch()
    {
        await KeysAsync();
        _time.Advance(OpenIdKeySource.MinRefreshInterval);

        var all = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => KeysAsync($"forged-{i}"))));

        Assert.All(all, keys => Assert.True(keys!.ByKeyId.ContainsKey("key-1")));
        Assert.Equal(2, _server.MetadataFetches);
    }

    [Fact]
    public async Task CallersWaitForAHangingFetchUntilTheTimeoutAndNoLonger()
    {
        _server.Availability = MetadataAvailability.Hanging;

        var waiting = Enumerable.Range(0, 10).Select(_ => Task.Run(() => KeysAsync())).ToArray();
        await Eventually.TrueAsync(() => _server.HangingRequests == 1);
        Assert.DoesNotContain(waiting, t => t.IsCompleted);
        _time.Advance(FetchTimeout);

        var answered = await Task.WhenAll(waiting).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.All(answered, Assert.Null);
        Assert.Equal(1, _server.MetadataFetches);
    }

    [Fact]
    public async Task ARotatedKeyIsFetchedWhileTheTokenNamingItWaits()
    {
        await KeysAsync();
        var rotated = new TestSigningKey("key-2", "msteams");
        _server.Serve(_key, rotated);
        _time.Advance(OpenIdKeySource.MinRefreshInterval);

        var keys = await KeysAsync("key-2");

        Assert.True(keys!.ByKeyId.ContainsKey("key-2"));
    }
}
