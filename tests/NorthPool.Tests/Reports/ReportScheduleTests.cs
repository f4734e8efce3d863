using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using NorthPool.Reports;
using Quartz;

namespace NorthPool.Tests.Reports;

public class ReportScheduleTests
{
    private static ReportSchedule Schedule(string zone = "Asia/Shanghai") => new(Options.Create(new ReportOptions { TimeZone = zone }));

    // The trigger Quartz actually runs: the same cron expression and zone the app registers.
    private static List<DateTimeOffset> FireTimesOn(ReportSchedule schedule, DateOnly day)
    {
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), schedule.Zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
        var trigger = TriggerBuilder.Create().StartAt(start.AddDays(-1)).WithCronSchedule(schedule.Cron, cron => cron.InTimeZone(schedule.Zone)).Build();
        var times = new List<DateTimeOffset>();
        for (var next = trigger.GetFireTimeAfter(start.AddTicks(-1)); next is { } t && t < start.AddDays(1); next = trigger.GetFireTimeAfter(t))
            times.Add(TimeZoneInfo.ConvertTime(t, schedule.Zone));
        return times;
    }

    [Fact]
    public void TheTriggerFiresExactlyAtTheEightEvenHoursOfADayInShanghai()
    {
        var times = FireTimesOn(Schedule(), new DateOnly(2026, 11, 24));

        Assert.Equal([8, 10, 12, 14, 16, 18, 20, 22], times.Select(t => t.Hour));
        Assert.All(times, t => Assert.Equal(TimeSpan.FromHours(8), t.Offset));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero), times[0].ToUniversalTime());
    }

    [Fact]
    public void OnADaylightSavingChangeTheSlotsStayOnTheLocalHours()
    {
        var times = FireTimesOn(Schedule("America/New_York"), new DateOnly(2026, 3, 8));

        Assert.Equal([8, 10, 12, 14, 16, 18, 20, 22], times.Select(t => t.Hour));
        Assert.Equal(TimeSpan.FromHours(-4), times[0].Offset);
    }

    [Theory]
    [InlineData("2026-11-24T10:00:00+08:00", "2026-11-24T10:00:00+08:00")]
    [InlineData("2026-11-24T09:59:59+08:00", "2026-11-24T08:00:00+08:00")]
    [InlineData("2026-11-24T07:00:00+08:00", "2026-11-23T22:00:00+08:00")]
    public void TheLatestSlotIsTheLastOneAtOrBeforeNow(string now, string slot) =>
        Assert.Equal(DateTimeOffset.Parse(slot), Schedule().LatestAtOrBefore(DateTimeOffset.Parse(now)));

    [Fact]
    public void ConfiguredHoursReplaceTheDefaultOnesRatherThanAddingToThem()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Reports:Hours:0"] = "9", ["Reports:Hours:1"] = "17" })
            .Build();
        var options = new ReportOptions();
        configuration.GetSection("Reports").Bind(options);

        Assert.Equal("0 0 9,17 ? * *", new ReportSchedule(Options.Create(options)).Cron);
        Assert.Equal("0 0 8,10,12,14,16,18,20,22 ? * *", Schedule().Cron);
    }
}
