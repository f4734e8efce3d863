using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using NorthPool.BotFramework.Inbound;

namespace NorthPool.BotFramework.Outbound;

// Attaches the bot's token, but only for trusted serviceUrl hosts, so a forged serviceUrl cannot harvest it.
// A 401 gets one retry with a freshly acquired token.
public sealed class ConnectorAuthHandler(IConnectorTokenProvider tokens, ServiceUrlTrust trust, ILogger<ConnectorAuthHandler> logger)
    : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var host = request.RequestUri!.Host;
        if (!await AttachAsync(request, forceRefresh: false, host, cancellationToken))
            return await base.SendAsync(request, cancellationToken);

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized)
            return response;

        response.Dispose();
        await AttachAsync(request, forceRefresh: true, host, cancellationToken);
        return await base.SendAsync(request, cancellationToken);
    }

    private async Task<bool> AttachAsync(HttpRequestMessage request, bool forceRefresh, string host, CancellationToken cancellationToken)
    {
        var token = await tokens.GetTokenAsync(forceRefresh, cancellationToken);
        if (token is null)
            return false;
        if (!trust.IsTrustedHost(host))
        {
            Log.UntrustedServiceHost(logger, host);
            return false;
        }
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return true;
    }
}
