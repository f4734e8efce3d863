using Microsoft.Extensions.Time.Testing;
using NorthPool.IntegrationTests.Support;
using NorthPool.Tasks;
using NorthPool.Tests.Support;

namespace NorthPool.IntegrationTests;

// The pool on the app's clock with the real Quartz scheduler: instances open at each period start exactly once,
// also across restarts and with the bot down over a period start.
public sealed class PoolRefreshTests : IAsyncLifetime
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly string _db = NorthPoolApp.NewDatabasePath();
    private NorthPoolApp? _app;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }

    private async Task<FakeTimeProvider> StartAtAsync(DateTimeOffset now)
    {
        if (_app is not null)
            await _app.DisposeAsync();
        var clock = new FakeTimeProvider(now);
        _app = await NorthPoolApp.StartAsync(_db, time: clock);
        return clock;
    }

    private int Count(string templateId) => _app!.Db.Tasks.Count(t => t.TemplateId == templateId);

    [Fact]
    public async Task TheSchedulerOpensTheNewDayAndTheNewWeekAtMidnightInShanghai()
    {
        var clock = await StartAtAsync(new DateTimeOffset(2026, 11, 29, 23, 59, 0, China));
        Assert.NotNull(_app!.Tasks.Find("BD-001-2026W48"));

        clock.Advance(TimeSpan.FromMinutes(1.5));

        await Eventually.TrueAsync(() => _app.Tasks.Find("BD-001-2026W49") is not null);
        await Eventually.TrueAsync(() => _app.Tasks.Find("OP-001-20261130") is not null);
        Assert.Equal(TaskState.Cancelled, _app.Tasks.Find("BD-001-2026W48")!.State);
        Assert.Equal(2, Count("BD-001"));
    }

    [Fact]
    public async Task ARestartMidWeekOpensNothingNew()
    {
        await StartAtAsync(new DateTimeOffset(2026, 11, 24, 9, 0, 0, China));
        var before = _app!.Db.Tasks.Count();

        await StartAtAsync(new DateTimeOffset(2026, 11, 26, 15, 0, 0, China));

        Assert.Equal(before + 7, _app.Db.Tasks.Count());
        Assert.Equal(1, Count("BD-001"));
        Assert.Equal(2, Count("OP-001"));
        Assert.NotNull(_app.Tasks.Find("OP-001-20261126"));
        Assert.Equal(["20261125"], _app.Tasks.Find("OP-001-20261126")!.MissedPeriods);
    }

    [Fact]
    public async Task ABotDownOverAPeriodStartOpensTheCurrentPeriodOnceAtStartUp()
    {
        await StartAtAsync(new DateTimeOffset(2026, 11, 27, 18, 0, 0, China));

        await StartAtAsync(new DateTimeOffset(2026, 12, 1, 10, 0, 0, China));
        await StartAtAsync(new DateTimeOffset(2026, 12, 1, 10, 5, 0, China));

        Assert.Equal(["BD-001-2026W48", "BD-001-2026W49"], _app!.Db.Tasks.Find(t => t.TemplateId == "BD-001").Select(t => t.Id).Order());
        Assert.Equal(1, _app.Db.Tasks.Count(t => t.Id == "PD-001-2026M12"));
        Assert.Null(_app.Tasks.Find("BD-001-2026W49")!.MissedPeriods);
        Assert.Equal(["20261128", "20261129", "20261130"], _app.Tasks.Find("OP-001-20261201")!.MissedPeriods);
    }
}
