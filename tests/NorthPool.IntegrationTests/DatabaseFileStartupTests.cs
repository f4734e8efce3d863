using NorthPool.IntegrationTests.Support;
using NorthPool.Storage;

namespace NorthPool.IntegrationTests;

// Issue 9, fault 1 through the real host: a second NorthPool on the file another one is serving does not start, and
// the first keeps serving.
[Trait("Store", "LiteDbFile")]
public sealed class DatabaseFileStartupTests
{
    [Fact]
    public async Task ASecondHostOnTheSameDatabaseFileRefusesToStartAndTheFirstKeepsServing()
    {
        var path = NorthPoolApp.NewDatabasePath();
        await using var first = await NorthPoolApp.StartAsync(path);

        var refused = await Assert.ThrowsAsync<DatabaseUnavailableException>(() => NorthPoolApp.StartAsync(path));

        Assert.Contains(path, refused.Message);
        Assert.Contains("in use by another NorthPool process", refused.Message);
        Assert.True((await first.Http.GetAsync("/healthz")).IsSuccessStatusCode);
    }
}
