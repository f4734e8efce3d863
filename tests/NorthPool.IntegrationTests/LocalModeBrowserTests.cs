using System.Net;
using System.Net.Http.Json;
using System.Text;
using NorthPool.IntegrationTests.Support;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// Issue 9, fault 8: in local mode a web page the developer has open must not be able to drive the bot — a text/plain
// POST, a request with a browser Origin, a non-http serviceUrl and the debug hooks from a page are all refused, and
// nothing changes.
public sealed class LocalModeBrowserTests : BotTest
{
    private int AuditRows => Bot.Db.Database.GetCollection("audit").Count();

    [Fact]
    public async Task AnActivityPostedAsPlainTextIsRefusedAndChangesNothing()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Personal(Connector.ServiceUrl, "认领 BD-001"));

        var response = await Bot.Http.PostAsync("/api/messages", new StringContent(json, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(0, AuditRows);
    }

    [Fact]
    public async Task AnActivityFromAWebPageIsRefusedAndChangesNothing()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Personal(Connector.ServiceUrl, "认领 BD-001")) };
        request.Headers.Add("Origin", "http://evil.example");

        var response = await Bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, AuditRows);
    }

    [Theory]
    [InlineData("file://127.0.0.1/tmp/x")]
    [InlineData("gopher://127.0.0.1:70/")]
    public async Task AServiceUrlThatIsNotHttpDoesNotCountAsLoopback(string serviceUrl)
    {
        var response = await Bot.PostAsync(Personal(serviceUrl, "认领 BD-001"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, AuditRows);
    }

    [Fact]
    public async Task TheDebugHookRefusesAWebPage()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/debug/reports/fire?slot=" + Uri.EscapeDataString("2026-11-24T10:00:00+08:00"));
        request.Headers.Add("Origin", "http://evil.example");

        var response = await Bot.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, Bot.Db.Database.GetCollection("reportRuns").Count());
    }
}
