using Npgsql;

namespace NorthPool.Storage.PostgreSql;

// Listens on its own connection for the rows other instances commit (LISTEN "northpool_rows:<schema>") and hands each to the
// handler of its collection. A lost connection is opened again after a pause; the handlers then forget what they
// keep, since notifications sent meanwhile are gone.
internal sealed partial class RowChangeListener(NorthPoolDb db, IEnumerable<IRowChangeHandler> handlers, ILogger<RowChangeListener> logger) : BackgroundService
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);

    private readonly ILookup<string, IRowChangeHandler> _byCollection = handlers.ToLookup(h => h.Collection, StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (db.Engine is not { } engine)
            return;
        var first = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await engine.DataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => Dispatch(engine.Instance, e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN \"{RowChangeChannel.Name(engine.Schema)}\"", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                if (!first)
                    ForgetAll();
                first = false;
                while (!stoppingToken.IsCancellationRequested)
                    await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or InvalidOperationException)
            {
                LogLost(logger, ex);
                first = false;
                await Task.Delay(Pause, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private void Dispatch(string self, string payload)
    {
        if (RowChangeChannel.Parse(payload) is not { } change || change.Instance == self)
            return;
        foreach (var handler in _byCollection[change.Collection])
        {
            try
            {
                handler.Changed(change.Id);
            }
            catch (Exception ex)
            {
                LogHandlerFailed(logger, ex, change.Collection);
                handler.Forget();
            }
        }
    }

    private void ForgetAll()
    {
        foreach (var handler in _byCollection.SelectMany(g => g))
            handler.Forget();
    }

    [LoggerMessage(LogLevel.Warning, "Lost the PostgreSQL connection that hears of other instances' changes; listening again shortly")]
    private static partial void LogLost(ILogger logger, Exception exception);

    [LoggerMessage(LogLevel.Error, "Applying another instance's change to {Collection} failed; what is kept of it is forgotten")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string collection);
}
