using Microsoft.Extensions.Options;
using NorthPool.IntegrationTests.Support;

namespace NorthPool.IntegrationTests;

public class StartupValidationTests
{
    [Theory]
    [InlineData("NorthPool:TimeZone", "Asia/Shanghai1", "NorthPool:TimeZone 'Asia/Shanghai1' is not a known time zone")]
    [InlineData("Reports:TimeZone", "Mars/Olympus", "Reports:TimeZone 'Mars/Olympus' is not a known time zone")]
    [InlineData("Reports:Hours:0", "25", "Reports:Hours must be distinct hours from 0 to 23, was [25]")]
    [InlineData("NorthPool:DefaultLanguage", "fr-FR", "NorthPool:DefaultLanguage must be 'zh-CN' or 'en-US', was 'fr-FR'")]
    [InlineData("Storage:MaxWritesPerCommit", "0", "Storage:MaxWritesPerCommit must be between 1 and 256, was 0")]
    [InlineData("BotFramework:AppId", "not-a-guid", "BotFramework:AppId must be the bot's Entra application id (a GUID), was 'not-a-guid'")]
    [InlineData("Imports:AllowedHosts:0", "https://evil.example.com/x", "Imports:AllowedHosts must be host names such as *.sharepoint.com, was 'https://evil.example.com/x'")]
    [InlineData("Imports:MaxRows", "0", "Imports:MaxRows must be between 1 and 200000, was 0")]
    public async Task AWrongSettingStopsStartUpNamingTheKey(string key, string value, string message)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            NorthPoolApp.StartAsync(settings: new Dictionary<string, string?> { [key] = value }));

        Assert.Contains(message, error.Message);
    }
}
