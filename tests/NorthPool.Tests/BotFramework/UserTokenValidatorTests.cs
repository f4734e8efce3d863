using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NorthPool.BotFramework;
using NorthPool.BotFramework.Inbound;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.BotFramework;

// The Teams tab's SSO token: Entra v1 or v2 issuer of the bot's tenant, audience api://<domain>/<app id> (or the app
// id), the access_as_user scope, a tid that agrees with the issuer, and an oid naming the member.
public sealed class UserTokenValidatorTests : IAsyncLifetime
{
    private const string OwnTenant = "aaaaaaaa-0000-0000-0000-000000000001";
    private const string Domain = "tabs.contoso.com";
    private const string ObjectId = "bbbbbbbb-0000-0000-0000-000000000002";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    private readonly TestSigningKey _key = new("entra-1");
    private readonly FakeTimeProvider _time = new(Now);
    private OpenIdTestServer _server = null!;
    private UserTokenValidator _validator = null!;

    public async Task InitializeAsync()
    {
        _server = await OpenIdTestServer.StartAsync();
        _server.Serve(_key);
        var options = Options.Create(new BotFrameworkOptions
        {
            AppId = TestTokens.AppId,
            AppPassword = "secret",
            TenantId = OwnTenant,
            EntraOpenIdMetadataUrl = _server.EntraMetadataUrlTemplate,
            RequireHttpsMetadata = false,
        });
        _validator = new UserTokenValidator(options, new OpenIdKeySource(new SimpleHttpClientFactory(), options, _time, NullLogger<OpenIdKeySource>.Instance), _time);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private string Token(string issuer = $"https://login.microsoftonline.com/{OwnTenant}/v2.0", string audience = $"api://{Domain}/{TestTokens.AppId}",
        string tid = OwnTenant, string? scope = "access_as_user", string? oid = ObjectId)
    {
        var claims = new Dictionary<string, object> { ["tid"] = tid, ["name"] = "张伟" };
        if (scope is not null)
            claims["scp"] = scope;
        if (oid is not null)
            claims["oid"] = oid;
        return TestTokens.Create(_key, Now, issuer: issuer, audience: audience, serviceUrl: null, extraClaims: claims);
    }

    [Fact]
    public async Task AV2TokenForTheTabsAudienceNamesTheMember()
    {
        var outcome = await _validator.ValidateAsync(Token(), Domain, default);

        Assert.Equal(new UserIdentity(ObjectId, OwnTenant, "张伟"), Assert.IsType<UserTokenOutcome.Accepted>(outcome).User);
    }

    [Fact]
    public async Task AV1TokenFromStsIsAcceptedToo() =>
        Assert.IsType<UserTokenOutcome.Accepted>(await _validator.ValidateAsync(Token(issuer: $"https://sts.windows.net/{OwnTenant}/"), Domain, default));

    [Fact]
    public async Task WithoutAConfiguredDomainOnlyTheAppIdIsAnAudience()
    {
        Assert.IsType<UserTokenOutcome.Refused>(await _validator.ValidateAsync(Token(), null, default));
        Assert.IsType<UserTokenOutcome.Accepted>(await _validator.ValidateAsync(Token(audience: TestTokens.AppId), null, default));
    }

    [Theory]
    [InlineData("issuer", "the issuer")]
    [InlineData("tenant", "is not this bot's")]
    [InlineData("tid", "tid claim")]
    [InlineData("scope", "access_as_user")]
    [InlineData("oid", "oid")]
    [InlineData("audience", "Audience")]
    public async Task EachWrongPartIsRefusedWithItsReason(string wrong, string reason)
    {
        const string other = "cccccccc-0000-0000-0000-000000000003";
        var token = wrong switch
        {
            "issuer" => Token(issuer: "https://api.botframework.com"),
            "tenant" => Token(issuer: $"https://login.microsoftonline.com/{other}/v2.0", tid: other),
            "tid" => Token(tid: other),
            "scope" => Token(scope: "User.Read"),
            "oid" => Token(oid: null),
            _ => Token(audience: "api://elsewhere.example/" + TestTokens.AppId),
        };

        var refused = Assert.IsType<UserTokenOutcome.Refused>(await _validator.ValidateAsync(token, Domain, default));

        Assert.Contains(reason, refused.Reason, StringComparison.Ordinal);
    }
}
