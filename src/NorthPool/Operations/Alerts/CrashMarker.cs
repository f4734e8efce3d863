using NorthPool.Storage;

namespace NorthPool.Operations;

// Notices a start after a run that did not stop cleanly: a setting written at start and removed at a clean stop.
// Found at the next start, it means the process died (killed, crashed, power lost) and the admins are told.
public sealed partial class CrashMarker(NorthPoolDb db, StoreWriter writer, AlertCenter alerts, TimeProvider timeProvider, ILogger<CrashMarker> logger) : IHostedService
{
    public const string SettingId = "process.running";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var previous = db.Settings.FindById(SettingId);
        var now = timeProvider.GetUtcNow();
        await writer.WriteAsync(() => db.Settings.Upsert(new Setting { Id = SettingId, Value = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture) }), cancellationToken);
        if (previous is not null)
        {
            // Not awaited: telling the admins must not hold up the start.
            _ = Task.Run(() => alerts.RaiseAsync(AlertKind.CrashRestart, $"the run started {previous.Value} did not stop cleanly", CancellationToken.None), CancellationToken.None);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await writer.WriteAsync(() => db.Settings.Delete(SettingId), cancellationToken);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            LogNotCleared(logger, ex.Message);
        }
    }

    [LoggerMessage(LogLevel.Warning, "The clean-stop mark could not be written ({Reason}); the next start will report an abnormal stop")]
    private static partial void LogNotCleared(ILogger logger, string reason);
}
