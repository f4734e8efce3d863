using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NorthPool.BotFramework;
using NorthPool.BotFramework.Inbound;
using NorthPool.BotFramework.Schema;

namespace NorthPool.Tests.BotFramework;

public class TurnRunnerTests
{
    // Tells the test when the turn has reached the handler, with the token it was given, then waits until released
    // or cancelled.
    private sealed class WaitingHandler : IActivityHandler
    {
        private readonly TaskCompletionSource<CancellationToken> _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<CancellationToken> Entered => _entered.Task;

        public void Release() => _release.TrySetResult();

        public async Task<InvokeResponse?> OnActivityAsync(Activity activity, CancellationToken cancellationToken)
        {
            _entered.TrySetResult(cancellationToken);
            await _release.Task.WaitAsync(cancellationToken);
            return null;
        }
    }

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private static TurnRunner Runner(IActivityHandler handler, TimeProvider time) =>
        new(handler, Options.Create(new BotFrameworkOptions { TurnTimeout = TimeSpan.FromSeconds(30) }), new TurnMetrics(Meters), time, NullLogger<TurnRunner>.Instance);

    private static readonly System.Diagnostics.Metrics.IMeterFactory Meters =
        new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>();

    [Fact]
    public async Task ATurnStopsAtItsOwnTimeoutOnTheInjectedClock()
    {
        var time = new FakeTimeProvider();
        var handler = new WaitingHandler();
        var runner = Runner(handler, time);

        var turn = runner.RunAsync(new Activity { Type = ActivityTypes.Invoke, Id = "1" });
        var token = await handler.Entered.WaitAsync(Patience);
        // The fake clock fires its timers inside Advance, so the token's state right after it is deterministic.
        time.Advance(TimeSpan.FromSeconds(30) - TimeSpan.FromTicks(1));
        var beforeTimeout = (token.IsCancellationRequested, turn.IsCompleted);
        time.Advance(TimeSpan.FromTicks(1));
        var atTimeout = token.IsCancellationRequested;
        var response = await turn.WaitAsync(Patience);

        Assert.Equal((false, false), beforeTimeout);
        Assert.True(atTimeout);
        Assert.Equal(500, response!.Status);
    }

    [Fact]
    public async Task StoppingWaitsForTheTurnsInFlight()
    {
        var handler = new WaitingHandler();
        var runner = Runner(handler, new FakeTimeProvider());

        var turn = runner.RunAsync(new Activity { Type = ActivityTypes.Message, Id = "1" });
        await handler.Entered.WaitAsync(Patience);
        var stop = runner.StopAsync(CancellationToken.None);
        // The handler is held until released, so a stop that waits for it cannot have finished yet.
        var stoppedWhileTurnRuns = stop.IsCompleted;
        handler.Release();
        await stop.WaitAsync(Patience);

        Assert.False(stoppedWhileTurnRuns);
        Assert.True(turn.IsCompletedSuccessfully);
    }
}
