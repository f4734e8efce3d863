using NorthPool.Rhythm;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Rhythm;

// The record that makes each rhythm message "once", on a real LiteDB file.
public class RhythmSendsTests
{
    private static RhythmSend Row(string id) => new() { Id = id, Kind = RhythmKind.Overdue, MemberId = "29:zhang", TaskId = "BD-001-2026W48" };

    [Fact]
    public async Task ASentOrInterruptedMessageIsNeverClaimedAgainAndAHeldOneIsClaimedOnce()
    {
        using var store = TestStore.CreateSeeded();
        var sends = new RhythmSends(store.Db, store.Writer);
        var now = TestStore.Start;

        Assert.Empty(await sends.ClaimAsync([Row("a")], _ => true, 12, now, default));
        Assert.Equal(RhythmSendStatus.Held, sends.Find("a")!.Status);
        var claimed = Assert.Single(await sends.ClaimAsync([Row("a"), Row("b")], r => r.Id == "b", 12, now, default));
        Assert.Equal(("a", RhythmSendStatus.Sending, 1), (claimed.Id, claimed.Status, claimed.Attempts));

        Assert.Empty(await sends.ClaimAsync([Row("a")], _ => false, 12, now, default));
        await sends.SettleAsync([claimed with { Status = RhythmSendStatus.Sent }], default);
        Assert.Empty(await sends.ClaimAsync([Row("a")], _ => false, 12, now, default));
    }

    [Fact]
    public async Task AFailedMessageIsTriedAgainUpToTheAttemptLimit()
    {
        using var store = TestStore.CreateSeeded();
        var sends = new RhythmSends(store.Db, store.Writer);

        for (var attempt = 1; attempt <= RhythmSend.MaxAttempts; attempt++)
        {
            var claimed = Assert.Single(await sends.ClaimAsync([Row("a")], _ => false, 12, TestStore.Start, default));
            Assert.Equal(attempt, claimed.Attempts);
            await sends.SettleAsync([claimed with { Status = RhythmSendStatus.Failed }], default);
        }

        Assert.Empty(await sends.ClaimAsync([Row("a")], _ => false, 12, TestStore.Start, default));
    }

    [Fact]
    public async Task AtMostTheCardsWorthIsClaimedAndTheRestWaits()
    {
        using var store = TestStore.CreateSeeded();
        var sends = new RhythmSends(store.Db, store.Writer);

        var claimed = await sends.ClaimAsync(Enumerable.Range(1, 5).Select(i => Row($"r{i}")).ToList(), _ => false, 3, TestStore.Start, default);

        Assert.Equal(["r1", "r2", "r3"], claimed.Select(r => r.Id));
        Assert.Null(sends.Find("r4"));
    }
}
