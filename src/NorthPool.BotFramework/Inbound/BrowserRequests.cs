using Microsoft.AspNetCore.Http;

namespace NorthPool.BotFramework.Inbound;

// Requests a web browser sends on behalf of a page carry Origin (every cross-origin POST) and Sec-Fetch-Site; the Bot
// Connector and the Agents Playground's server never do. (Sec-Fetch-Mode is no sign: Node's fetch sends it too.) In local mode, where loopback callers need no token, such a request
// would let any web page the developer opens drive the bot, so it is refused.
public static class BrowserRequests
{
    public static bool IsFromBrowser(HttpRequest request) =>
        request.Headers.ContainsKey("Origin") || request.Headers.ContainsKey("Sec-Fetch-Site");

    // Activities are JSON: a form or text/plain body (what a page may post without a preflight) is refused.
    public static bool IsJson(HttpRequest request) =>
        request.ContentType is { } type
        && Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(type, out var media)
        && media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
}
