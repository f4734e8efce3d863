using System.Net;
using Microsoft.Extensions.Options;

namespace NorthPool.BotFramework.Inbound;

// Decides from the Authorization header and the caller's address whether a request may be read at all.
public sealed class BotAuthenticator(IOptions<BotFrameworkOptions> options, BotTokenValidator tokenValidator)
{
    public async Task<AuthOutcome> AuthenticateAsync(string? authorization, IPAddress? remoteAddress, CancellationToken cancellationToken)
    {
        var config = options.Value;
        if (string.IsNullOrEmpty(authorization))
        {
            if (config.HasAppId || !config.AllowUnauthenticatedLocalRequests)
                return new AuthOutcome.Refused("no Authorization header");
            return remoteAddress is not null && IPAddress.IsLoopback(remoteAddress)
                ? new AuthOutcome.Accepted(BotIdentity.Anonymous)
                : new AuthOutcome.Refused("unauthenticated requests are accepted from loopback only");
        }

        var parts = authorization.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase))
            return new AuthOutcome.Refused("the Authorization header is not 'Bearer <token>'");
        return await tokenValidator.ValidateAsync(parts[1], cancellationToken);
    }
}
