using Microsoft.Extensions.Options;

namespace NorthPool.BotFramework.Inbound;

// Hosts our bearer token may be sent to: exact names or "*.suffix" patterns from BotFramework:TrustedServiceHosts
// (Teams' own hosts when none are configured).
public sealed class ServiceUrlTrust(IOptions<BotFrameworkOptions> options)
{
    public bool IsTrusted(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsTrustedHost(uri.Host);

    public bool IsTrustedHost(string host) => options.Value.EffectiveTrustedServiceHosts.Any(pattern =>
        pattern.StartsWith("*.", StringComparison.Ordinal)
            ? host.EndsWith(pattern[1..], StringComparison.OrdinalIgnoreCase)
            : host.Equals(pattern, StringComparison.OrdinalIgnoreCase));
}
