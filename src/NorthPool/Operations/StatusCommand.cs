using Microsoft.Extensions.Diagnostics.HealthChecks;
using NorthPool.Commands;

namespace NorthPool.Operations;

// 状态 / status (admins): what /readyz says, as a card, with the version and the uptime.
public sealed class StatusCommand(HealthCheckService health, Uptime uptime)
{
    public async Task<Reply> HandleAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(r => r.Tags.Contains(OperationsRegistration.ReadyTag), cancellationToken);
        var (text, card) = StatusCard.Build(report, Uptime.Version, uptime.Now, call.Context.Language);
        return new Reply(text) { Card = card, Language = call.Context.Language };
    }
}
