using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace NorthPool.Tests.Support;

public static class Eventually
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    // Polls until work on another thread or process has made the condition true. Generous on purpose: it waits
    // for correctness, it does not measure speed.
    public static async Task TrueAsync(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? what = null)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Patience)
                Assert.Fail($"Still false after {Patience.TotalSeconds:F0} s: {what}");
            await Task.Delay(20);
        }
    }
}
