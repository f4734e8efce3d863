using NorthPool.Tests.Support;

namespace NorthPool.IntegrationTests.Support;

// A bot that checks real tokens: an app id, no local mode, keys from a loopback OpenID endpoint, the connector on
// loopback trusted.
public static class JwtModeSettings
{
    public static Dictionary<string, string?> For(string metadataUrl) => new()
    {
        ["BotFramework:AllowUnauthenticatedLocalRequests"] = "false",
        ["BotFramework:AppId"] = TestTokens.AppId,
        ["BotFramework:AppPassword"] = "unused-in-this-test",
        ["BotFramework:AppType"] = "MultiTenant",
        ["BotFramework:OpenIdMetadataUrl"] = metadataUrl,
        ["BotFramework:RequireHttpsMetadata"] = "false",
        ["BotFramework:TrustedServiceHosts:0"] = "127.0.0.1",
    };
}
