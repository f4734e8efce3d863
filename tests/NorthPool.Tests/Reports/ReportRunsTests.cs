using NorthPool.Reports;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Reports;

// Which earlier slots a report has to say did not get through.
public sealed class ReportRunsTests : IDisposable
{
    private const string Channel = "19:chairman@thread.tacv2";
    private static readonly DateTimeOffset Eight = new(2026, 11, 24, 8, 0, 0, TimeSpan.FromHours(8));

    private readonly TestStore _store = TestStore.CreateSeeded();
    private readonly ReportRuns _runs;

    public ReportRunsTests() => _runs = new ReportRuns(_store.Db, _store.Writer);

    public void Dispose() => _store.Dispose();

    private Task RunAsync(int hoursAfterEight, ReportRunStatus status)
    {
        var slot = Eight.AddHours(hoursAfterEight);
        return _runs.SaveAsync(new ReportRun { Id = ReportRun.IdFor(Channel, slot), ChannelId = Channel, Slot = slot, Status = status, StartedAt = slot }, default);
    }

    [Fact]
    public async Task OnlySlotsAfterTheLastDeliveredOneAreUndeliveredAndALeftSendingOneIsInterrupted()
    {
        await RunAsync(-2, ReportRunStatus.Failed);
        await RunAsync(0, ReportRunStatus.Sent);
        await RunAsync(2, ReportRunStatus.Failed);
        await RunAsync(4, ReportRunStatus.Sending);
        await RunAsync(6, ReportRunStatus.Sent);

        var atTwoPm = _runs.UndeliveredBefore(Channel, Eight.AddHours(6));
        var atFourPm = _runs.UndeliveredBefore(Channel, Eight.AddHours(8));

        Assert.Equal([new UndeliveredSlot(Eight.AddHours(2), Interrupted: false), new UndeliveredSlot(Eight.AddHours(4), Interrupted: true)], atTwoPm);
        Assert.Empty(atFourPm);
    }
}
