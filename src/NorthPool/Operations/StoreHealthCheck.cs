using Microsoft.Extensions.Diagnostics.HealthChecks;
using NorthPool.Storage;

namespace NorthPool.Operations;

// The store is open and readable, and the single writer keeps up: unhealthy when a read fails, degraded when units
// queue up or the last one waited longer than Operations:WriteWaitSeconds.
public sealed class StoreHealthCheck(NorthPoolDb db, StoreWriter writer, Microsoft.Extensions.Options.IOptions<OperationsOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["file"] = db.FilePath, ["queue"] = writer.Pending, ["lastWaitMs"] = (long)writer.LastWait.TotalMilliseconds, ["commits"] = writer.Commits,
        };
        try
        {
            _ = db.Settings.FindById("health");
        }
        catch (Exception ex) when (ex is LiteDB.LiteException or IOException or ObjectDisposedException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"the store cannot be read: {ex.Message}", ex, data));
        }
        return Task.FromResult(options.Value.WriterIsBehind(writer)
            ? HealthCheckResult.Degraded($"the writer is behind: {writer.Pending} waiting, the last waited {writer.LastWait.TotalMilliseconds:0} ms", data: data)
            : HealthCheckResult.Healthy("open", data));
    }
}
