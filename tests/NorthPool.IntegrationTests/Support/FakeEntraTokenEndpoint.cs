using System.Net;
using System.Text;
using Microsoft.Identity.Client;
using Moq;

namespace NorthPool.IntegrationTests.Support;

// Entra ID cannot run here: MSAL's HTTP is the one seam faked, answering the client-credentials request.
public static class FakeEntraTokenEndpoint
{
    public const string AccessToken = "entra-app-token";

    public static IMsalHttpClientFactory Create()
    {
        var handler = new StubTokenHandler();
        var factory = new Mock<IMsalHttpClientFactory>();
        factory.Setup(f => f.GetHttpClient()).Returns(() => new HttpClient(handler));
        return factory.Object;
    }

    private sealed class StubTokenHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
                ? new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StringContent($"{{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"{AccessToken}\"}}", Encoding.UTF8, "application/json"),
                }
                : new HttpResponseMessage(HttpStatusCode.NotFound));
    }
}
