namespace NorthPool.IntegrationTests.Support;

// A fresh NorthPool host and recording connector per test, torn down after it.
public abstract class BotTest : IAsyncLifetime
{
    protected FakeConnector Connector { get; private set; } = null!;
    protected NorthPoolApp Bot { get; set; } = null!;

    // Settings a test class needs beyond the defaults.
    protected virtual IDictionary<string, string?>? Settings => null;

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Bot = await NorthPoolApp.StartAsync(settings: Settings);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
