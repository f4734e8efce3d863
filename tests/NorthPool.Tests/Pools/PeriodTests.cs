using NorthPool.Pools;

namespace NorthPool.Tests.Pools;

public class PeriodTests
{
    private static readonly PeriodCalendar Shanghai = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
    private static readonly PeriodCalendar NewYork = new(TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
    private static readonly PeriodCalendar Santiago = new(TimeZoneInfo.FindSystemTimeZoneById("America/Santiago"));
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Theory]
    [InlineData(Cadence.Day, "2026-11-28T23:59:59", "20261128")]
    [InlineData(Cadence.Day, "2026-11-29T00:00:00", "20261129")]
    [InlineData(Cadence.Week, "2026-11-29T23:59:59", "2026W48")]
    [InlineData(Cadence.Week, "2026-11-30T00:00:00", "2026W49")]
    [InlineData(Cadence.Week, "2026-12-31T12:00:00", "2026W53")]
    [InlineData(Cadence.Week, "2027-01-04T00:00:00", "2027W01")]
    [InlineData(Cadence.Week, "2025-12-29T08:00:00", "2026W01")]
    [InlineData(Cadence.Month, "2026-11-30T23:59:59", "2026M11")]
    [InlineData(Cadence.Month, "2026-12-01T00:00:00", "2026M12")]
    [InlineData(Cadence.Quarter, "2026-09-30T23:59:59", "2026Q3")]
    [InlineData(Cadence.Quarter, "2026-10-01T00:00:00", "2026Q4")]
    [InlineData(Cadence.HalfYear, "2026-06-30T23:59:59", "2026H1")]
    [InlineData(Cadence.HalfYear, "2026-07-01T00:00:00", "2026H2")]
    [InlineData(Cadence.Year, "2026-12-31T23:59:59", "2026")]
    [InlineData(Cadence.Year, "2027-01-01T00:00:00", "2027")]
    public void PeriodsTurnAtLocalMidnightInShanghai(Cadence cadence, string local, string key)
    {
        var instant = new DateTimeOffset(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), China);

        Assert.Equal(key, Shanghai.Containing(cadence, instant).Key);
    }

    [Fact]
    public void AShanghaiDayStartsAt1600UtcTheDayBefore()
    {
        var period = Shanghai.Containing(Cadence.Week, new DateTimeOffset(2026, 11, 28, 12, 0, 0, China));

        Assert.Equal(new DateTimeOffset(2026, 11, 22, 16, 0, 0, TimeSpan.Zero), Shanghai.StartOf(period));
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 15, 59, 59, TimeSpan.Zero), Shanghai.DueOf(period));
    }

    [Fact]
    public void AWeekAcrossADaylightSavingChangeStartsAndEndsAtLocalMidnight()
    {
        // 2026-11-01 02:00 EDT → 01:00 EST: the week of Monday 10-26 runs to Monday 11-02, 00:00 EST.
        var period = NewYork.Containing(Cadence.Week, new DateTimeOffset(2026, 10, 30, 12, 0, 0, TimeSpan.FromHours(-4)));

        Assert.Equal(new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.FromHours(-4)), NewYork.StartOf(period));
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.FromHours(-5)), NewYork.StartOf(period.Next()));
        Assert.Equal(TimeSpan.FromHours(7 * 24 + 1), NewYork.StartOf(period.Next()) - NewYork.StartOf(period));
    }

    [Fact]
    public void WhereDaylightSavingSkipsMidnightTheDayStartsWhenTheClockResumes()
    {
        // Chile springs forward at 00:00 on 2026-09-06: that day has no 00:00, it starts at 01:00 (-03:00).
        var start = Santiago.StartOfDay(new DateOnly(2026, 9, 6));

        Assert.Equal(new DateTimeOffset(2026, 9, 6, 1, 0, 0, TimeSpan.FromHours(-3)), start);
    }

    [Theory]
    [InlineData(Cadence.Day, 365)]
    [InlineData(Cadence.Week, 53)]
    [InlineData(Cadence.Month, 12)]
    [InlineData(Cadence.Quarter, 4)]
    [InlineData(Cadence.HalfYear, 2)]
    [InlineData(Cadence.Year, 1)]
    public void AYearOfPeriodsFollowsOneAnotherWithoutGapOrOverlap(Cadence cadence, int count)
    {
        var first = Period.Containing(cadence, new DateOnly(2026, 1, 1));
        var periods = new List<Period> { first };
        while (periods[^1].Next().Start <= new DateOnly(2026, 12, 31))
            periods.Add(periods[^1].Next());

        Assert.Equal(count, periods.Count);
        Assert.All(periods.Zip(periods.Skip(1)), pair => Assert.Equal(pair.First.End, pair.Second.Start));
        Assert.Equal(periods.Count, periods.Select(p => p.Key).Distinct().Count());
    }
}
