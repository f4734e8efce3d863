using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NorthPool.IntegrationTests.Support;
using NorthPool.Tasks;
using NorthPool.Tests.Support;

namespace NorthPool.IntegrationTests;

// The board as a Teams tab: with an app id every API call needs the token TeamsJS gets through Teams SSO, validated
// against Entra ID's keys (served here by a loopback OpenID endpoint) for audience api://<Board:Domain>/<app id>, and
// acts as the member NorthPool met in chat under that Entra object id. Refusals change nothing.
public sealed class BoardSsoTests : IAsyncLifetime
{
    private const string Domain = "board.contoso.com";
    private const string ZhangObjectId = "0a0a0a0a-1111-4000-8000-00000000a001";
    private const string LiObjectId = "0a0a0a0a-1111-4000-8000-00000000a002";
    private readonly TestSigningKey _channelKey = new("channel-key", "msteams");
    private readonly TestSigningKey _entraKey = new("entra-key");
    private readonly FakeTimeProvider _time = new(NorthPoolApp.Start);
    private OpenIdTestServer _openId = null!;
    private FakeConnector _connector = null!;
    private NorthPoolApp _app = null!;

    private int AuditRows => _app.Db.Database.GetCollection("audit").Count();

    public async Task InitializeAsync()
    {
        _openId = await OpenIdTestServer.StartAsync();
        _openId.Serve(_channelKey, _entraKey);
        _connector = await FakeConnector.StartAsync();
        var settings = JwtModeSettings.For(_openId.MetadataUrl);
        settings["BotFramework:EntraOpenIdMetadataUrl"] = _openId.EntraMetadataUrlTemplate;
        settings["BotFramework:AllowedTenants:0"] = Activities.Tenant;
        settings["Board:Domain"] = Domain;
        _app = await NorthPoolApp.StartAsync(settings: settings, time: _time, services: s => s.AddSingleton(FakeEntraTokenEndpoint.Create()));

        // Zhang and Li speak to the bot in Teams once: that is how NorthPool learns their object ids.
        await SayAsync("29:user-zhang", "张伟", ZhangObjectId);
        await SayAsync("29:user-li", "李娜", LiObjectId);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    private async Task SayAsync(string userId, string name, string objectId)
    {
        var activity = Activities.Personal(_connector.ServiceUrl, "帮助", userId, name);
        activity["from"] = new { id = userId, name, aadObjectId = objectId };
        var response = await _app.PostAsync(activity, TestTokens.Create(_channelKey, _time.GetUtcNow(), serviceUrl: _connector.ServiceUrl));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The turn runs after the acknowledgement: its answer means the member has been learned.
        await _connector.WaitForAsync(s => s.Path.Contains(userId, StringComparison.Ordinal) || s.Path.Contains(Uri.EscapeDataString(userId), StringComparison.Ordinal));
    }

    // The token Teams hands a tab: Entra v2 issuer for the tenant, the app's api:// audience, the member's oid.
    private string TabToken(string objectId, string? tenant = null, string? audience = null, string scope = "access_as_user", TestSigningKey? key = null, TimeSpan? expires = null)
    {
        tenant ??= Activities.Tenant;
        return TestTokens.Create(key ?? _entraKey, _time.GetUtcNow(),
            issuer: $"https://login.microsoftonline.com/{tenant}/v2.0",
            audience: audience ?? $"api://{Domain}/{TestTokens.AppId}",
            serviceUrl: null,
            expiresOffset: expires,
            extraClaims: new Dictionary<string, object> { ["tid"] = tenant, ["oid"] = objectId, ["scp"] = scope, ["name"] = "someone" });
    }

    private Task<HttpResponseMessage> GetAsync(string path, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _app.Http.SendAsync(request);
    }

    private Task<HttpResponseMessage> MoveAsync(string? token, object body, Action<HttpRequestMessage>? tweak = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/board/move") { Content = JsonContent.Create(body) };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        tweak?.Invoke(request);
        return _app.Http.SendAsync(request);
    }

    [Fact]
    public async Task ATabTokenActsAsTheMemberNorthPoolMetInChat()
    {
        var board = await GetAsync("/api/board?lang=en-US", TabToken(ZhangObjectId));

        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        var viewer = (await board.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("viewer");
        Assert.Equal(("29:user-zhang", "张伟"), (viewer.GetProperty("id").GetString(), viewer.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/dashboard", TabToken(ZhangObjectId))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/board/export?view=kanban", TabToken(ZhangObjectId))).StatusCode);
        // A v2 token may name the app id itself as its audience.
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/api/board", TabToken(ZhangObjectId, audience: TestTokens.AppId))).StatusCode);
    }

    [Theory]
    [InlineData("/api/board")]
    [InlineData("/api/dashboard")]
    [InlineData("/api/board/export?view=kanban")]
    [InlineData("/api/board/events")]
    public async Task NoTokenIs401AndAsksForABearerToken(string path)
    {
        var response = await GetAsync(path, null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task ATokenForAnotherAudienceTenantScopeOrKeyOrAnExpiredOneIs401AndChangesNothing()
    {
        var rows = AuditRows;
        string[] refused =
        [
            TabToken(ZhangObjectId, audience: $"api://evil.example/{TestTokens.AppId}"),
            TabToken(ZhangObjectId, audience: "api://" + Domain + "/99999999-2222-3333-4444-555555555555"),
            TabToken(ZhangObjectId, tenant: "0b0b0b0b-2222-4000-8000-000000000099"),
            TabToken(ZhangObjectId, scope: "User.Read"),
            TabToken(ZhangObjectId, key: new TestSigningKey("entra-key")),
            TabToken(ZhangObjectId, expires: TimeSpan.FromMinutes(-10)),
            "not-a-jwt",
        ];

        foreach (var token in refused)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await GetAsync("/api/board", token)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await MoveAsync(token, new { taskId = "BD-001-2026W48", to = "InProgress" })).StatusCode);
        }

        Assert.Equal(rows, AuditRows);
        Assert.Equal(TaskState.Pooled, _app.Tasks.Find("BD-001-2026W48")!.State);
    }

    [Fact]
    public async Task AValidTokenForSomeoneNorthPoolHasNeverMetIs403WithWhatToDo()
    {
        var response = await GetAsync("/api/board", TabToken("0c0c0c0c-3333-4000-8000-000000000777"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.StartsWith("NorthPool 还不认识你", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
    }

    [Fact]
    public async Task AMembersDragRunsAsThemAndAForbiddenOrMalformedOneChangesNothing()
    {
        var claimed = await MoveAsync(TabToken(ZhangObjectId), new { taskId = "BD-001-2026W48", to = "InProgress" });
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.Equal(("29:user-zhang", TaskState.InProgress), (_app.Tasks.Find("BD-001-2026W48")!.OwnerId, _app.Tasks.Find("BD-001-2026W48")!.State));
        var rows = AuditRows;

        var forbidden = await MoveAsync(TabToken(LiObjectId), new { taskId = "BD-001-2026W48", to = "Done" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.StartsWith("只有负责人", (await forbidden.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("message").GetString());
        var malformed = await MoveAsync(TabToken(LiObjectId), new { }, r => r.Content = new StringContent("{\"taskId\":", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await MoveAsync(TabToken(LiObjectId), new { taskId = "BD-001-2026W48", to = "Sideways" })).StatusCode);
        // Another site's page cannot borrow a member's token through their browser.
        var crossSite = await MoveAsync(TabToken(ZhangObjectId), new { taskId = "BD-001-2026W48", to = "Done" }, r => r.Headers.Add("Origin", "https://evil.example"));
        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);

        Assert.Equal(rows, AuditRows);
        Assert.Equal(("29:user-zhang", TaskState.InProgress), (_app.Tasks.Find("BD-001-2026W48")!.OwnerId, _app.Tasks.Find("BD-001-2026W48")!.State));
    }

    [Fact]
    public async Task TheLiveSocketTakesTheTokenInItsQuery()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var uri = new Uri(BoardSocket.Uri(_app) + "?access_token=" + Uri.EscapeDataString(TabToken(ZhangObjectId)));
        using var socket = new System.Net.WebSockets.ClientWebSocket();
        await socket.ConnectAsync(uri, timeout.Token);
        Assert.Equal("{\"kind\":\"open\"}", await BoardSocket.ReceiveAsync(socket, timeout.Token));

        using var refused = new System.Net.WebSockets.ClientWebSocket();
        var forged = new Uri(BoardSocket.Uri(_app) + "?access_token=" + Uri.EscapeDataString(TabToken(ZhangObjectId, key: new TestSigningKey("entra-key"))));
        await Assert.ThrowsAsync<System.Net.WebSockets.WebSocketException>(() => refused.ConnectAsync(forged, timeout.Token));
    }

    [Theory]
    [InlineData("/kanban")]
    [InlineData("/dashboard")]
    [InlineData("/tab-config")]
    [InlineData("/board/teams.min.js")]
    [InlineData("/board/session.js")]
    public async Task ThePagesThemselvesCarryNoDataAndLoadInTeamsWithoutAToken(string path)
    {
        var response = await GetAsync(path, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("frame-ancestors", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSessionTellsThePageToSignInThroughTeams()
    {
        var session = await _app.Http.GetFromJsonAsync<JsonElement>("/api/board/session?lang=en-US");

        Assert.Equal("teams", session.GetProperty("mode").GetString());
        Assert.StartsWith("Could not sign in through Teams", session.GetProperty("texts").GetProperty("signInFailed").GetString());
    }
}
