using Microsoft.Extensions.Logging;

namespace NorthPool.BotFramework.Inbound;

// The signing keys of one metadata URL. The last set fetched stays in use through any outage of the endpoint; at
// most one fetch runs at a time, bounded by a timeout, and a new one starts no sooner than MinRefreshInterval after
// the last (RetryWithoutKeys while there are none), so tokens naming unknown key ids cannot hammer the endpoint.
internal sealed class OpenIdKeyCache(
    string metadataUrl,
    Func<string, CancellationToken, Task<OpenIdKeys>> fetch,
    TimeSpan fetchTimeout,
    TimeProvider timeProvider,
    ILogger logger)
{
    private readonly Lock _gate = new();
    private OpenIdKeys? _keys;
    private Task? _fetching;
    private DateTimeOffset? _lastFetchStarted;

    // Null only when no key has been fetched yet and none could be now.
    public async Task<OpenIdKeys?> GetAsync(string? keyId, CancellationToken cancellationToken)
    {
        Task? fetching;
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            var missing = _keys is null || (keyId is not null && !_keys.ByKeyId.ContainsKey(keyId));
            var stale = _keys is not null && now - _keys.FetchedAt >= OpenIdKeySource.MaxAge;
            if (!missing && !stale)
                return _keys;
            if (_fetching is null && MayFetch(now))
            {
                _lastFetchStarted = now;
                if (_keys is not null && missing)
                    Log.RefreshingKeys(logger, metadataUrl, keyId);
                _fetching = Task.Run(FetchAsync, CancellationToken.None);
            }
            // Stale keys that know the key id answer at once; their refresh goes on behind.
            if (_fetching is null || !missing)
                return _keys;
            fetching = _fetching;
        }

        await fetching.WaitAsync(cancellationToken);
        lock (_gate)
            return _keys;
    }

    private bool MayFetch(DateTimeOffset now) =>
        _lastFetchStarted is not { } last
        || now - last >= (_keys is null ? OpenIdKeySource.RetryWithoutKeys : OpenIdKeySource.MinRefreshInterval);

    // Shared by every caller, so no caller's cancellation stops it; the timeout does.
    private async Task FetchAsync()
    {
        OpenIdKeys? fresh = null;
        try
        {
            using var timeout = new CancellationTokenSource(fetchTimeout, timeProvider);
            fresh = await fetch(metadataUrl, timeout.Token);
        }
        catch (Exception ex)
        {
            // Whatever went wrong (refused, 5xx, timeout, a document that is not JSON), the keys we have stay.
            Log.KeyFetchFailed(logger, ex, metadataUrl, _keys is not null);
        }

        lock (_gate)
        {
            if (fresh is not null)
                _keys = fresh;
            _fetching = null;
        }
    }
}
