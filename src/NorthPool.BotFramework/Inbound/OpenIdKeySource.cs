using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace NorthPool.BotFramework.Inbound;

// Signing keys from an OpenID metadata document: cached per URL, refreshed every 12 h and on an unknown key id
// (at most once per 5 minutes, so forged key ids cannot make us hammer the metadata endpoint).
public sealed class OpenIdKeySource(IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger<OpenIdKeySource> logger)
{
    public const string HttpClientName = "NorthPool.OpenId";
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(12);
    public static readonly TimeSpan MinRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, OpenIdKeys> _cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _fetchLock = new(1, 1);

    public async Task<OpenIdKeys> GetKeysAsync(string metadataUrl, string? keyId, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        if (_cache.TryGetValue(metadataUrl, out var cached) && IsUsable(cached, keyId, now))
            return cached;

        await _fetchLock.WaitAsync(cancellationToken);
        try
        {
            if (_cache.TryGetValue(metadataUrl, out cached) && IsUsable(cached, keyId, now))
                return cached;
            if (cached is not null)
                Log.RefreshingKeys(logger, metadataUrl, keyId);
            var fresh = await FetchAsync(metadataUrl, now, cancellationToken);
            _cache[metadataUrl] = fresh;
            return fresh;
        }
        finally
        {
            _fetchLock.Release();
        }
    }

    private static bool IsUsable(OpenIdKeys keys, string? keyId, DateTimeOffset now)
    {
        if (now - keys.FetchedAt >= MaxAge)
            return false;
        if (keyId is null || keys.ByKeyId.ContainsKey(keyId))
            return true;
        return now - keys.FetchedAt < MinRefreshInterval;
    }

    private async Task<OpenIdKeys> FetchAsync(string metadataUrl, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(HttpClientName);
        using var metadata = JsonDocument.Parse(await http.GetStringAsync(metadataUrl, cancellationToken));
        var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
            ?? throw new InvalidOperationException($"OpenID metadata at {metadataUrl} has no jwks_uri");
        var jwksJson = await http.GetStringAsync(jwksUri, cancellationToken);
        return OpenIdKeys.Parse(jwksJson, now);
    }
}

public sealed record OpenIdKeys(IReadOnlyDictionary<string, OpenIdKey> ByKeyId, DateTimeOffset FetchedAt)
{
    public static OpenIdKeys Parse(string jwksJson, DateTimeOffset fetchedAt)
    {
        var set = new JsonWebKeySet(jwksJson);
        using var raw = JsonDocument.Parse(jwksJson);
        var endorsements = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var key in raw.RootElement.GetProperty("keys").EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && key.TryGetProperty("endorsements", out var list)
                && list.ValueKind == JsonValueKind.Array)
                endorsements[kid.GetString()!] = list.EnumerateArray().Select(e => e.GetString() ?? "").ToArray();
        }

        var keys = set.Keys
            .Where(k => k.Kid is not null)
            .ToDictionary(k => k.Kid, k => new OpenIdKey(k, endorsements.GetValueOrDefault(k.Kid)), StringComparer.Ordinal);
        return new OpenIdKeys(keys, fetchedAt);
    }
}

// Endorsements is null when the key document gives none for this key.
public sealed record OpenIdKey(SecurityKey Key, IReadOnlyList<string>? Endorsements);
