using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace NorthPool.Tests.Support;

// A real HTTP OpenID metadata endpoint on loopback serving keys made in the test; keys can be rotated.
public sealed class OpenIdTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile string _jwks = "{\"keys\":[]}";

    private OpenIdTestServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }
    public string MetadataUrl => $"{BaseUrl}/v1/.well-known/openidconfiguration";
    public string EntraMetadataUrlTemplate => BaseUrl + "/{tenantId}/v2.0/.well-known/openid-configuration";
    public int KeyFetches;

    public static async Task<OpenIdTestServer> StartAsync()
    {
        OpenIdTestServer? server = null;
        var (app, address) = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new { issuer = "https://api.botframework.com", jwks_uri = $"{server!.BaseUrl}/keys" }));
            app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new { issuer = $"https://login.microsoftonline.com/{tenant}/v2.0", jwks_uri = $"{server!.BaseUrl}/keys" }));
            app.MapGet("/keys", () =>
            {
                Interlocked.Increment(ref server!.KeyFetches);
                return Results.Text(server._jwks, "application/json");
            });
        });
        server = new OpenIdTestServer(app, address);
        return server;
    }

    public void Serve(params TestSigningKey[] keys) =>
        _jwks = JsonSerializer.Serialize(new { keys = keys.Select(k => k.Jwk()).ToArray() });

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

public sealed class TestSigningKey(string keyId, params string[]? endorsements)
{
    private readonly RSA _rsa = RSA.Create(2048);

    public string KeyId => keyId;

    public SigningCredentials Credentials => new(new RsaSecurityKey(_rsa) { KeyId = keyId }, SecurityAlgorithms.RsaSha256);

    public object Jwk()
    {
        var p = _rsa.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA", ["use"] = "sig", ["kid"] = keyId,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus), ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
        if (endorsements is not null)
            jwk["endorsements"] = endorsements;
        return jwk;
    }
}

public sealed class SimpleHttpClientFactory : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new();
}
