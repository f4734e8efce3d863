using NorthPool.Commands;

namespace NorthPool.Tests.Commands;

public class DateTextTests
{
    // Saturday 2026-11-28.
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Theory]
    [InlineData("12-05", "2026-12-05")]
    [InlineData("12/5", "2026-12-05")]
    [InlineData("12月5日", "2026-12-05")]
    [InlineData("12月5号", "2026-12-05")]
    [InlineData("2026-12-05", "2026-12-05")]
    [InlineData("2027/1/3", "2027-01-03")]
    [InlineData("今天", "2026-11-28")]
    [InlineData("明天", "2026-11-29")]
    [InlineData("后天", "2026-11-30")]
    [InlineData("周五", "2026-12-04")]
    [InlineData("星期六", "2026-11-28")]
    [InlineData("周日", "2026-11-29")]
    [InlineData("下周一", "2026-11-30")]
    [InlineData("下星期五", "2026-12-04")]
    [InlineData("today", "2026-11-28")]
    [InlineData("tomorrow", "2026-11-29")]
    [InlineData("fri", "2026-12-04")]
    [InlineData("Friday", "2026-12-04")]
    [InlineData("next mon", "2026-11-30")]
    [InlineData("next friday", "2026-12-04")]
    public void DatesInTheFormsPeopleTypeAreRead(string typed, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateText.Parse(typed, Today));

    [Fact]
    public void NextWeekMeansTheWeekAfterThisOneEvenOnAMonday()
    {
        var monday = new DateOnly(2026, 11, 30);

        Assert.Equal(new DateOnly(2026, 12, 7), DateText.Parse("下周一", monday));
        Assert.Equal(new DateOnly(2026, 11, 30), DateText.Parse("周一", monday));
    }

    [Theory]
    [InlineData("13-05")]
    [InlineData("2026-02-30")]
    [InlineData("周八")]
    [InlineData("someday")]
    [InlineData("monkey")]
    [InlineData("")]
    public void WhatCannotBeReadIsNotGuessed(string typed) => Assert.Null(DateText.Parse(typed, Today));
}
