using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NorthPool.BotFramework;
using NorthPool.BotFramework.Inbound;
using NorthPool.BotFramework.Schema;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.BotFramework;

public sealed class BotTokenValidatorTests : IAsyncLifetime
{
    private const string OwnTenant = "aaaaaaaa-0000-0000-0000-000000000001";
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 8, 0, 0, TimeSpan.Zero);

    private readonly TestSigningKey _key = new("key-1", "msteams", "webchat");
    private readonly FakeTimeProvider _time = new(Now);
    private OpenIdTestServer _server = null!;
    private BotTokenValidator _validator = null!;
    private ActivityGuard _guard = null!;

    public async Task InitializeAsync()
    {
        _server = await OpenIdTestServer.StartAsync();
        _server.Serve(_key);
        var options = Options.Create(new BotFrameworkOptions
        {
            AppId = TestTokens.AppId,
            AppPassword = "secret",
            TenantId = OwnTenant,
            OpenIdMetadataUrl = _server.MetadataUrl,
            EntraOpenIdMetadataUrl = _server.EntraMetadataUrlTemplate,
            RequireHttpsMetadata = false,
        });
        var keys = new OpenIdKeySource(new SimpleHttpClientFactory(), options, _time, NullLogger<OpenIdKeySource>.Instance);
        _validator = new BotTokenValidator(options, keys, _time);
        _guard = new ActivityGuard(options, new ServiceUrlTrust(options));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static Activity Message(string serviceUrl = TestTokens.ServiceUrl, string channelId = "msteams") => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        ChannelId = channelId,
        Conversation = new ConversationAccount("a:1"),
        From = new ChannelAccount("29:u"),
    };

    [Fact]
    public async Task AValidBotFrameworkTokenIsAcceptedAndPassesTheBodyChecks()
    {
        var outcome = await _validator.ValidateAsync(TestTokens.Create(_key, Now), default);

        var accepted = Assert.IsType<AuthOutcome.Accepted>(outcome);
        Assert.Equal(TokenProfile.BotFramework, accepted.Identity.Profile);
        Assert.Equal(TestTokens.ServiceUrl, accepted.Identity.ServiceUrlClaim);
        Assert.Equal(GuardResult.Ok, _guard.Check(accepted.Identity, Message()));
    }

    [Theory]
    [InlineData(-6, false)]
    [InlineData(-4, true)]
    public async Task ExpiryAllowsFiveMinutesOfSkew(int expiresMinutes, bool accepted)
    {
        var token = TestTokens.Create(_key, Now, notBeforeOffset: TimeSpan.FromHours(-1), expiresOffset: TimeSpan.FromMinutes(expiresMinutes));

        var outcome = await _validator.ValidateAsync(token, default);

        Assert.Equal(accepted, outcome is AuthOutcome.Accepted);
    }

    [Theory]
    [InlineData(6, false)]
    [InlineData(4, true)]
    public async Task NotBeforeAllowsFiveMinutesOfSkew(int notBeforeMinutes, bool accepted)
    {
        var token = TestTokens.Create(_key, Now, notBeforeOffset: TimeSpan.FromMinutes(notBeforeMinutes));

        var outcome = await _validator.ValidateAsync(token, default);

        Assert.Equal(accepted, outcome is AuthOutcome.Accepted);
    }

    [Fact]
    public async Task AWrongAudienceIsRefused() =>
        Assert.IsType<AuthOutcome.Refused>(await _validator.ValidateAsync(TestTokens.Create(_key, Now, audience: Guid.NewGuid().ToString()), default));

    [Fact]
    public async Task AnUnknownIssuerIsRefused() =>
        Assert.IsType<AuthOutcome.Refused>(await _validator.ValidateAsync(TestTokens.Create(_key, Now, issuer: "https://evil.example"), default));

    [Fact]
    public async Task ATokenSignedByAnotherKeyWithTheSameKeyIdIsRefused()
    {
        var forger = new TestSigningKey("key-1", "msteams");

        var outcome = await _validator.ValidateAsync(TestTokens.Create(forger, Now), default);

        Assert.IsType<AuthOutcome.Refused>(outcome);
    }

    [Fact]
    public async Task ATamperedTokenIsRefused()
    {
        var token = TestTokens.Create(_key, Now);
        var parts = token.Split('.');
        var tampered = $"{parts[0]}.{parts[1][..^2]}AA.{parts[2]}";

        Assert.IsType<AuthOutcome.Refused>(await _validator.ValidateAsync(tampered, default));
    }

    [Fact]
    public async Task AChannelTheKeyIsNotEndorsedForIsRefused()
    {
        var accepted = Assert.IsType<AuthOutcome.Accepted>(await _validator.ValidateAsync(TestTokens.Create(_key, Now), default));

        var check = _guard.Check(accepted.Identity, Message(channelId: "slack"));

        Assert.Equal(401, check.Status);
    }

    [Fact]
    public async Task AKeyWithoutEndorsementsIsRefusedForBotFrameworkTokens()
    {
        var bare = new TestSigningKey("key-bare", null);
        _server.Serve(_key, bare);

        Assert.IsType<AuthOutcome.Refused>(await _validator.ValidateAsync(TestTokens.Create(bare, Now), default));
    }

    [Fact]
    public async Task AServiceUrlThatDiffersFromTheClaimIsRefused()
    {
        var accepted = Assert.IsType<AuthOutcome.Accepted>(await _validator.ValidateAsync(TestTokens.Create(_key, Now), default));

        var check = _guard.Check(accepted.Identity, Message(serviceUrl: "https://attacker.example/"));

        Assert.Equal(401, check.Status);
    }

    [Fact]
    public async Task ABotFrameworkTokenWithoutAServiceUrlClaimIsRefused()
    {
        var accepted = Assert.IsType<AuthOutcome.Accepted>(await _validator.ValidateAsync(TestTokens.Create(_key, Now, serviceUrl: null), default));

        Assert.Equal(401, _guard.Check(accepted.Identity, Message()).Status);
    }

    [Fact]
    public async Task AnUnknownKeyIdRefreshesTheKeysButNotMoreThanOncePerFiveMinutes()
    {
        Assert.IsType<AuthOutcome.Accepted>(await _validator.ValidateAsync(TestTokens.Create(_key, Now), default));
        var rotated = new TestSigningKey("key-2", "msteams");
        _server.Serve(rotated);

        _time.Advance(TimeSpan.FromMinutes(1));
        var tooSoon = await _validator.ValidateAsync(TestTokens.Create(rotated, _time.GetUtcNow()), default);
        _time.Advance(TimeSpan.FromMinutes(5));
        var afterInterval = await _validator.ValidateAsync(TestTokens.Create(rotated, _time.GetUtcNow()), default);

        Assert.IsType<AuthOutcome.Refused>(tooSoon);
        Assert.IsType<AuthOutcome.Accepted>(afterInterval);
        Assert.Equal(2, _server.KeyFetches);
    }

    [Fact]
    public async Task AnEntraTokenFromTheBotsOwnTenantIsAccepted()
    {
        var token = TestTokens.Create(_key, Now, issuer: $"https://login.microsoftonline.com/{OwnTenant}/v2.0",
            extraClaims: new Dictionary<string, object> { ["tid"] = OwnTenant });

        var accepted = Assert.IsType<AuthOutcome.Accepted>(await _validator.ValidateAsync(token, default));

        Assert.Equal(TokenProfile.Entra, accepted.Identity.Profile);
    }

    [Fact]
    public async Task AnEntraTokenFromAnotherTenantIsRefused()
    {
        const string other = "bbbbbbbb-0000-0000-0000-000000000002";
        var token = TestTokens.Create(_key, Now, issuer: $"https://sts.windows.net/{other}/");

        Assert.IsType<AuthOutcome.Refused>(await _validator.ValidateAsync(token, default));
    }
}
