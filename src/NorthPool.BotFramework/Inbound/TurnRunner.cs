using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NorthPool.BotFramework.Schema;

namespace NorthPool.BotFramework.Inbound;

// Runs turns on a timeout of their own, never on the HTTP request's token: a message is answered 200 at once and its
// turn goes on. On shutdown the host waits for the turns in flight, so nothing acknowledged is dropped.
public sealed class TurnRunner(
    IActivityHandler handler,
    IOptions<BotFrameworkOptions> options,
    TurnMetrics metrics,
    TimeProvider timeProvider,
    ILogger<TurnRunner> logger) : IHostedService
{
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    public Task<InvokeResponse?> RunAsync(Activity activity)
    {
        var turn = RunCoreAsync(activity);
        _running.TryAdd(turn, 0);
        _ = turn.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
        return turn;
    }

    private async Task<InvokeResponse?> RunCoreAsync(Activity activity)
    {
        var timeout = options.Value.TurnTimeout;
        using var cts = new CancellationTokenSource(timeout, timeProvider);
        await Task.Yield();
        var started = timeProvider.GetTimestamp();
        using var span = TurnMetrics.Source.StartActivity("turn " + activity.Type);
        var outcome = "ok";
        try
        {
            return await handler.OnActivityAsync(activity, cts.Token);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            outcome = "timeout";
            Log.TurnTimedOut(logger, activity.Id, timeout);
            return InvokeResponse.Error(500, "Timeout", "The turn timed out");
        }
        catch (Exception ex)
        {
            outcome = "error";
            Log.TurnFailed(logger, ex, activity.Id, activity.Type);
            return InvokeResponse.Error(500, "InternalError", "The bot could not process this activity");
        }
        finally
        {
            span?.SetTag("outcome", outcome);
            metrics.Record(activity.Type, outcome, timeProvider.GetElapsedTime(started));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) =>
        await Task.WhenAll(_running.Keys).WaitAsync(cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
}
