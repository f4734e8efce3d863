namespace NorthPool.IntegrationTests.Support;

// A fresh NorthPool host and recording connector per test, torn down after it.
public abstract class BotTest : IAsyncLifetime
{
    protected FakeConnector Connector { get; private set; } = null!;
    protected NorthPoolApp Bot { get; set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        Bot = await NorthPoolApp.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
