using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace NorthPool.BotFramework.Inbound;

public sealed record OpenIdKeys(IReadOnlyDictionary<string, OpenIdKey> ByKeyId, DateTimeOffset FetchedAt)
{
    public IReadOnlyList<SecurityKey> SigningKeys { get; } = ByKeyId.Values.Select(k => k.Key).ToList();

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
