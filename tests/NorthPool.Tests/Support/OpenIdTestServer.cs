using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace NorthPool.Tests.Support;

// A real HTTP OpenID metadata endpoint on loopback serving keys made in the test; keys can be rotated, and the
// metadata document can fail (503) or hang until the server is disposed.
public sealed class OpenIdTestServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TaskCompletionSource _releaseHangs = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string _jwks = "{\"keys\":[]}";
    private volatile MetadataAvailability _availability = MetadataAvailability.Up;

    private OpenIdTestServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }
    public string MetadataUrl => $"{BaseUrl}/v1/.well-known/openidconfiguration";
    public string EntraMetadataUrlTemplate => BaseUrl + "/{tenantId}/v2.0/.well-known/openid-configuration";
    public int KeyFetches;
    // Every request for a metadata document, answered or not.
    public int MetadataFetches;
    public int HangingRequests;

    public MetadataAvailability Availability
    {
        get => _availability;
        set => _availability = value;
    }

    public static async Task<OpenIdTestServer> StartAsync()
    {
        OpenIdTestServer? server = null;
        var (app, address) = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", (Func<HttpContext, Task<IResult>>)(http =>
                server!.MetadataAsync(new { issuer = "https://api.botframework.com", jwks_uri = $"{server.BaseUrl}/keys" }, http)));
            app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant, HttpContext http) =>
                server!.MetadataAsync(new { issuer = $"https://login.microsoftonline.com/{tenant}/v2.0", jwks_uri = $"{server.BaseUrl}/keys" }, http));
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

    private async Task<IResult> MetadataAsync(object document, HttpContext http)
    {
        Interlocked.Increment(ref MetadataFetches);
        switch (Availability)
        {
            case MetadataAvailability.Failing:
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            case MetadataAvailability.Hanging:
                Interlocked.Increment(ref HangingRequests);
                await _releaseHangs.Task.WaitAsync(http.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
            default:
                return Results.Json(document);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _releaseHangs.TrySetResult();
        await _app.DisposeAsync();
    }
}

public enum MetadataAvailability
{
    Up,
    Failing,
    Hanging,
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
