using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NorthPool.BotFramework;
using NorthPool.BotFramework.Inbound;
using NorthPool.BotFramework.Schema;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.BotFramework;

public class LocalModeTests
{
    private static BotAuthenticator Authenticator(BotFrameworkOptions options)
    {
        var wrapped = Options.Create(options);
        var keys = new OpenIdKeySource(new SimpleHttpClientFactory(), wrapped, TimeProvider.System, NullLogger<OpenIdKeySource>.Instance);
        return new BotAuthenticator(wrapped, new BotTokenValidator(wrapped, keys, TimeProvider.System));
    }

    private static readonly BotFrameworkOptions Local = new() { AllowUnauthenticatedLocalRequests = true };

    [Fact]
    public async Task WithoutAnAppIdTheBypassAcceptsLoopbackCallers() =>
        Assert.IsType<AuthOutcome.Accepted>(await Authenticator(Local).AuthenticateAsync(null, IPAddress.Loopback, default));

    [Fact]
    public async Task TheBypassRefusesCallersOffLoopback() =>
        Assert.IsType<AuthOutcome.Refused>(await Authenticator(Local).AuthenticateAsync(null, IPAddress.Parse("10.1.2.3"), default));

    [Fact]
    public async Task WithoutTheBypassARequestWithoutATokenIsRefused() =>
        Assert.IsType<AuthOutcome.Refused>(await Authenticator(new BotFrameworkOptions()).AuthenticateAsync(null, IPAddress.Loopback, default));

    [Fact]
    public async Task WithAnAppIdARequestWithoutATokenIsRefusedEvenFromLoopback()
    {
        var options = new BotFrameworkOptions { AppId = TestTokens.AppId, AppPassword = "x", TenantId = Guid.NewGuid().ToString() };

        Assert.IsType<AuthOutcome.Refused>(await Authenticator(options).AuthenticateAsync(null, IPAddress.Loopback, default));
    }

    [Theory]
    [InlineData("http://localhost:56190/_connector", 200)]
    [InlineData("http://127.0.0.1:5000", 200)]
    [InlineData("http://[::1]:5000/", 200)]
    [InlineData("https://smba.trafficmanager.net/amer/", 401)]
    public void LocalModeAcceptsLoopbackServiceUrlsOnly(string serviceUrl, int status)
    {
        var guard = new ActivityGuard(Options.Create(Local), new ServiceUrlTrust(Options.Create(Local)));
        var activity = new Activity { Type = "message", ServiceUrl = serviceUrl, ChannelId = "msteams" };

        Assert.Equal(status, guard.Check(BotIdentity.Anonymous, activity).Status);
    }

    [Fact]
    public void TheBypassCannotBeSwitchedOnWithAnAppId()
    {
        var options = new BotFrameworkOptions
        {
            AppId = TestTokens.AppId, AppPassword = "x", TenantId = Guid.NewGuid().ToString(), AllowUnauthenticatedLocalRequests = true,
        };

        var result = new BotFrameworkOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("BotFramework:AllowUnauthenticatedLocalRequests must be false when BotFramework:AppId is set", result.FailureMessage);
    }

    [Fact]
    public void AnAppIdThatIsNotAGuidIsNamedInTheError()
    {
        var result = new BotFrameworkOptionsValidator().Validate(null, new BotFrameworkOptions { AppId = "my-bot", AppPassword = "x" });

        Assert.Contains("BotFramework:AppId must be the bot's Entra application id (a GUID), was 'my-bot'", result.FailureMessage);
    }

    [Fact]
    public void ATenantOutsideTheAllowListIsForbidden()
    {
        var options = new BotFrameworkOptions { AllowUnauthenticatedLocalRequests = true, AllowedTenants = ["tenant-a"] };
        var guard = new ActivityGuard(Options.Create(options), new ServiceUrlTrust(Options.Create(options)));
        var activity = new Activity { Type = "message", ServiceUrl = "http://127.0.0.1:1", Conversation = new ConversationAccount("c") { TenantId = "tenant-b" } };

        Assert.Equal(403, guard.Check(BotIdentity.Anonymous, activity).Status);
        Assert.Equal(200, guard.Check(BotIdentity.Anonymous, activity with { Conversation = new ConversationAccount("c") { TenantId = "tenant-a" } }).Status);
    }
}
