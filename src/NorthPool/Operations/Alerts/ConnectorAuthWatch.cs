namespace NorthPool.Operations;

// In the connector's HTTP pipeline: a 401, or a 403 that is not about one conversation (the bot removed from it, a
// user who blocked it), means Teams refuses the bot's credentials; any success after that is the recovery.
public sealed class ConnectorAuthWatch(Lazy<AlertCenter> center) : DelegatingHandler
{
    private AlertCenter Alerts => center.Value;

    private static readonly string[] PerConversation = ["BotNotInConversationRoster", "ConversationBlockedByUser", "BotDisabledByAdmin"];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        if (status is 401 or 403)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (status == 401 || !PerConversation.Any(code => body.Contains(code, StringComparison.OrdinalIgnoreCase)))
                await Alerts.RaiseAsync(AlertKind.ConnectorRefused, $"{status} from {request.RequestUri?.Host}: {Shorten(body)}", CancellationToken.None);
        }
        else if (response.IsSuccessStatusCode && Alerts.IsActive(AlertKind.ConnectorRefused))
        {
            await Alerts.ClearAsync(AlertKind.ConnectorRefused, CancellationToken.None);
        }
        return response;
    }

    private static string Shorten(string body) => body.Length <= 200 ? body : body[..200] + "…";
}
