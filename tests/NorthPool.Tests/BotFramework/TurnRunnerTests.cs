using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NorthPool.BotFramework;
using NorthPool.BotFramework.Inbound;
using NorthPool.BotFramework.Schema;

namespace NorthPool.Tests.BotFramework;

public class TurnRunnerTests
{
    private sealed class WaitingHandler : IActivityHandler
    {
        public async Task<InvokeResponse?> OnActivityAsync(Activity activity, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return null;
        }
    }

    [Fact]
    public async Task ATurnStopsAtItsOwnTimeoutOnTheInjectedClock()
    {
        var time = new FakeTimeProvider();
        var options = Options.Create(new BotFrameworkOptions { TurnTimeout = TimeSpan.FromSeconds(30) });
        var runner = new TurnRunner(new WaitingHandler(), options, time, NullLogger<TurnRunner>.Instance);

        var turn = runner.RunAsync(new Activity { Type = ActivityTypes.Invoke, Id = "1" });
        await Task.Delay(50);
        var stillRunningBeforeTimeout = !turn.IsCompleted;
        time.Advance(TimeSpan.FromSeconds(30));
        var response = await turn.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(stillRunningBeforeTimeout);
        Assert.Equal(500, response!.Status);
    }
}
