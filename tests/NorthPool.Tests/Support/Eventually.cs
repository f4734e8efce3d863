namespace NorthPool.Tests.Support;

public static class Eventually
{
    // Polls until the condition holds (work on another thread or process), failing after about four seconds.
    public static async Task TrueAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
            await Task.Delay(20);
        Assert.True(condition());
    }
}
