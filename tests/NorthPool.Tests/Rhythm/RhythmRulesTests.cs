using System.Text.RegularExpressions;
using NorthPool.Localization;
using NorthPool.Pools;
using NorthPool.Rhythm;
using NorthPool.Tasks;

namespace NorthPool.Tests.Rhythm;

// The selection rules of the digest and the alerts, and the quiet hours, on hand-made tasks.
public class RhythmRulesTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset SixAm = new(2026, 11, 24, 6, 0, 0, China);
    private static readonly PeriodCalendar Calendar = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));
    private static readonly RhythmOptions Options = new();

    private static DateTimeOffset EndOf(int day) => new DateTimeOffset(2026, 11, day, 23, 59, 59, China);

    private static TaskInstance Task(string id, TaskState state = TaskState.InProgress, string? owner = "29:zhang", Priority priority = Priority.P2, DateTimeOffset? due = null, DateTimeOffset? since = null) => new()
    {
        Id = id, TemplateId = id, Pool = id[..2], Title = id, State = state, OwnerId = state == TaskState.Pooled ? null : owner, OwnerName = "张伟",
        Priority = priority, DueAt = due, StateSince = since ?? SixAm.AddHours(-1), CreatedAt = SixAm.AddDays(-1),
    };

    private static IReadOnlyList<string> Leads(string pool) => pool == "EC" ? ["29:lead"] : [];

    [Fact]
    public void TodaysKeyTasksArePZeroOrPOneDueTodayOrTomorrowOrOverdue()
    {
        var open = new[]
        {
            Task("BD-1", priority: Priority.P0, due: EndOf(24)),
            Task("BD-2", TaskState.Pooled, priority: Priority.P1, due: EndOf(25)),
            Task("BD-3", priority: Priority.P1, due: EndOf(20)),
            Task("BD-4", priority: Priority.P1, due: EndOf(26)),
            Task("BD-5", priority: Priority.P2, due: EndOf(24)),
            Task("BD-6", priority: Priority.P0),
            Task("BD-7", TaskState.Done, priority: Priority.P0, due: EndOf(24)),
        };

        Assert.Equal(["BD-1", "BD-3", "BD-2"], DigestSelection.KeyTasks(open, SixAm, Calendar).Select(t => t.Id));
    }

    [Fact]
    public void AMembersDigestSplitsWhatTheyOwnAndOffersTheFreeKeyTasks()
    {
        var open = new[]
        {
            Task("BD-1", due: EndOf(24)),
            Task("BD-2", due: EndOf(22)),
            Task("BD-3", due: EndOf(29)) with { Quota = new QuotaTally { Target = 3, Done = 2, Unit = "家" }, Cadence = Cadence.Week },
            Task("BD-4", owner: "29:li", due: EndOf(24)),
            Task("BD-5", TaskState.Pooled, priority: Priority.P1, due: EndOf(25)),
            Task("BD-6", priority: Priority.P0, due: EndOf(25)),
        };
        var key = DigestSelection.KeyTasks(open, SixAm, Calendar);

        var digest = DigestSelection.For("29:zhang", open, key, SixAm, Calendar);

        Assert.Equal(["BD-2"], digest.Overdue.Select(t => t.Id));
        Assert.Equal(["BD-1"], digest.DueToday.Select(t => t.Id));
        Assert.Equal(["BD-6", "BD-3"], digest.OtherOwned.Select(t => t.Id));
        Assert.Equal(["BD-5"], digest.KeyToClaim.Select(t => t.Id));
        Assert.Contains("BD-6", digest.KeyIds);
        Assert.Equal((4, 1), (digest.Owned, digest.QuotaOpen));
        Assert.Equal("本周还差 1 家", RhythmTexts.QuotaLeft(Language.ZhCn, digest.OtherOwned[1].Quota!, Cadence.Week));
        Assert.Equal("1 家 to go this week", RhythmTexts.QuotaLeft(Language.EnUs, digest.OtherOwned[1].Quota!, Cadence.Week));
    }

    [Fact]
    public void AMemberWithNothingOwnedAndNoKeyTaskToClaimHasAnEmptyDigest()
    {
        var open = new[] { Task("BD-1", owner: "29:li"), Task("BD-2", TaskState.Pooled, priority: Priority.P2, due: EndOf(24)) };

        Assert.True(DigestSelection.For("29:zhang", open, DigestSelection.KeyTasks(open, SixAm, Calendar), SixAm, Calendar).IsEmpty);
    }

    [Fact]
    public void AlertsAreDueTomorrowOverduePausedTooLongForTheOwnerAndUnclaimedForTheLeads()
    {
        var open = new[]
        {
            Task("BD-1", due: EndOf(25)),
            Task("BD-2", due: EndOf(26)),
            Task("BD-3", due: EndOf(23)),
            Task("BD-4", TaskState.Paused, since: SixAm.AddHours(-24)),
            Task("BD-5", TaskState.Paused, since: SixAm.AddHours(-23)),
            Task("EC-1", TaskState.Pooled, since: SixAm.AddHours(-24)),
            Task("EC-2", TaskState.Pooled, since: SixAm.AddHours(-10)),
            Task("BD-6", TaskState.Pooled, since: SixAm.AddDays(-3)),
        };

        var alerts = AlertRules.Detect(open, SixAm, Calendar, Options, Leads);

        Assert.Equal(
            ["duetomorrow|BD-1|29:zhang", "overdue|BD-3|29:zhang", "pausedtoolong|BD-4|29:zhang", "unclaimed|EC-1|29:lead"],
            alerts.Select(a => a.Id));
    }

    [Fact]
    public void AReminderGoesToTheOwnerOrWhileUnclaimedToThePoolsLeads()
    {
        Assert.Equal(["29:zhang"], AlertRules.ReminderRecipients(Task("EC-1"), Leads));
        Assert.Equal(["29:lead"], AlertRules.ReminderRecipients(Task("EC-1", TaskState.Pooled), Leads));
        Assert.Empty(AlertRules.ReminderRecipients(Task("BD-1", TaskState.Pooled), Leads));
        Assert.Equal("reminder|20261124|EC-1|29:lead", new RhythmNotice(RhythmKind.Reminder, Task("EC-1", TaskState.Pooled), "29:lead", new DateOnly(2026, 11, 24)).Id);
    }

    [Theory]
    [InlineData("22:00", "08:00", "21:59", false)]
    [InlineData("22:00", "08:00", "22:00", true)]
    [InlineData("22:00", "08:00", "03:00", true)]
    [InlineData("22:00", "08:00", "07:59", true)]
    [InlineData("22:00", "08:00", "08:00", false)]
    [InlineData("12:00", "14:00", "13:00", true)]
    [InlineData("12:00", "14:00", "15:00", false)]
    [InlineData("08:00", "08:00", "03:00", false)]
    public void QuietHoursRunFromQuietFromToQuietUntilAcrossMidnight(string from, string until, string at, bool quiet) =>
        Assert.Equal(quiet, QuietHours.IsQuiet(TimeOnly.Parse(at), TimeOnly.Parse(from), TimeOnly.Parse(until)));

    [Fact]
    public void OnlyAPZeroTaskBreaksTheQuietHours()
    {
        Assert.True(new RhythmNotice(RhythmKind.Overdue, Task("BD-1", priority: Priority.P0), "29:zhang").BreaksQuiet);
        Assert.False(new RhythmNotice(RhythmKind.Overdue, Task("BD-1", priority: Priority.P1), "29:zhang").BreaksQuiet);
    }

    [Fact]
    public void BadOptionsAreRefusedNamingTheKeyAndTheValue()
    {
        var result = new RhythmOptionsValidator().Validate(null, new RhythmOptions { QuietFrom = "25:00", DigestTime = "six", PausedAlertHours = 0 });

        Assert.Contains("Rhythm:QuietFrom '25:00' is not a time of day (use HH:mm, e.g. 22:00)", result.Failures!);
        Assert.Contains("Rhythm:DigestTime 'six' is not a time of day (use HH:mm, e.g. 22:00)", result.Failures!);
        Assert.Contains("Rhythm:PausedAlertHours must be between 1 and 1440, was 0", result.Failures!);
        Assert.True(new RhythmOptionsValidator().Validate(null, new RhythmOptions()).Succeeded);
    }

    [Theory]
    [InlineData(Language.ZhCn)]
    [InlineData(Language.EnUs)]
    public void EveryRhythmTextExistsInEveryLanguage(Language language) =>
        Assert.DoesNotContain(Enum.GetValues<RhythmText>(), id => !RhythmTexts.For(language).ContainsKey(id));

    [Fact]
    public void BothLanguagesUseTheSameRhythmPlaceholders()
    {
        foreach (var id in Enum.GetValues<RhythmText>())
            Assert.Equal(Placeholders(RhythmTexts.For(Language.ZhCn)[id]), Placeholders(RhythmTexts.For(Language.EnUs)[id]));
    }

    private static string[] Placeholders(string text) => Regex.Matches(text, "\\{\\d+\\}").Select(m => m.Value).Distinct().Order().ToArray();
}
