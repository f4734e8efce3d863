using NorthPool.Backups;

namespace NorthPool.Tests.Backups;

// The newest copy of each of the last N days and of each of the last M ISO weeks stays; the rest may go.
public sealed class BackupRetentionTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    // A copy at 03:00 Shanghai (19:00 UTC the day before) on each day of November from the 1st to the 29th, and a
    // second one on the 29th at 15:00 Shanghai.
    private static List<(string Name, DateTimeOffset At)> November()
    {
        var copies = Enumerable.Range(1, 29)
            .Select(day => new DateTimeOffset(2026, 11, day, 3, 0, 0, TimeSpan.FromHours(8)))
            .Select(at => (BackupNames.For("/data/northpool.db", at), at)).ToList();
        var afternoon = new DateTimeOffset(2026, 11, 29, 15, 0, 0, TimeSpan.FromHours(8));
        copies.Add((BackupNames.For("/data/northpool.db", afternoon), afternoon));
        return copies;
    }

    [Fact]
    public void SevenDailiesAndFourWeekliesStay()
    {
        var keep = BackupRetention.Keep(November(), Shanghai, keepDaily: 7, keepWeekly: 4);

        // Days 23–29 (the 29th's afternoon copy, its newest), and the newest of ISO weeks 48 (the 29th), 47 (the 22nd),
        // 46 (the 15th) and 45 (the 8th).
        Assert.Equal(
            ["northpool-20261107-190000.db", "northpool-20261114-190000.db", "northpool-20261121-190000.db",
             "northpool-20261122-190000.db", "northpool-20261123-190000.db", "northpool-20261124-190000.db", "northpool-20261125-190000.db",
             "northpool-20261126-190000.db", "northpool-20261127-190000.db", "northpool-20261129-070000.db"],
            keep.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ABackupNameCarriesItsInstantAndForeignFilesAreNotBackups()
    {
        var at = new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.FromHours(8));

        Assert.Equal("northpool-20261128-190000.db", BackupNames.For("/data/northpool.db", at));
        Assert.Equal(at, BackupNames.At("/data/northpool.db", "northpool-20261128-190000.db"));
        Assert.Null(BackupNames.At("/data/northpool.db", "northpool-20261128-190000.partial.db"));
        Assert.Null(BackupNames.At("/data/northpool.db", "notes.db"));
        Assert.Null(BackupNames.At("/data/northpool.db", "northpool-20261128-190000-log.db"));
    }
}
