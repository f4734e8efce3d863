using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NorthPool.BotFramework.Inbound;

// Signing keys from OpenID metadata documents, one cache per metadata URL (OpenIdKeyCache): refreshed every 12 h and
// on an unknown key id, at most once per 5 minutes, never waited for longer than BotFramework:OpenIdFetchTimeout.
// Not ConfigurationManager<OpenIdConnectConfiguration>: it fetches once per caller until its first success (so a
// cold start with the endpoint down is the fault this class closes), its clock is not the injected TimeProvider, and
// it refreshes on an unknown key id in the background, refusing the token that named a newly rotated key.
public sealed class OpenIdKeySource(
    IHttpClientFactory httpClientFactory,
    IOptions<BotFrameworkOptions> options,
    TimeProvider timeProvider,
    ILogger<OpenIdKeySource> logger)
{
    public const string HttpClientName = "NorthPool.OpenId";
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(12);
    public static readonly TimeSpan MinRefreshInterval = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan RetryWithoutKeys = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, OpenIdKeyCache> _caches = new(StringComparer.Ordinal);

    // Null when no key has been fetched from this URL yet and none could be now.
    public Task<OpenIdKeys?> GetKeysAsync(string metadataUrl, string? keyId, CancellationToken cancellationToken) =>
        _caches.GetOrAdd(metadataUrl, NewCache).GetAsync(keyId, cancellationToken);

    private OpenIdKeyCache NewCache(string metadataUrl) =>
        new(metadataUrl, FetchAsync, options.Value.OpenIdFetchTimeout, timeProvider, logger);

    private async Task<OpenIdKeys> FetchAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        using var metadata = JsonDocument.Parse(await http.GetStringAsync(metadataUrl, cancellationToken));
        var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
            ?? throw new InvalidOperationException($"OpenID metadata at {metadataUrl} has no jwks_uri");
        var jwksJson = await http.GetStringAsync(jwksUri, cancellationToken);
        return OpenIdKeys.Parse(jwksJson, timeProvider.GetUtcNow());
    }
}
