using System.Globalization;
using NorthPool.Cards;
using NorthPool.Cards.Elements;
using NorthPool.Localization;
using NorthPool.Tasks;

namespace NorthPool.Rhythm;

// The morning digest as a card: a summary line, then overdue, due today, the rest of what the member owns (each row
// showing what its quota still needs) and today's 重点 to claim; buttons to "我的任务" and the pool.
public sealed class DigestCardBuilder(DisplayClock clock)
{
    public AdaptiveCard Build(MorningDigest digest, Language language)
    {
        var title = RhythmTexts.Get(language, RhythmText.DigestTitle, digest.Day.ToString("MM-dd", CultureInfo.InvariantCulture));
        var body = new List<CardElement>
        {
            new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new TextBlock(digest.MemberName is { } name
                ? RhythmTexts.Get(language, RhythmText.DigestGreeting, name)
                : RhythmTexts.Get(language, RhythmText.DigestGreetingNoName)) { Spacing = Spacing.None },
            new TextBlock(Summary(digest, language)) { Size = TextSize.Small, IsSubtle = true },
        };
        string Owned(TaskInstance task) => RhythmCardRows.Detail(task, language, clock.Local(task.DueAt ?? default), digest.KeyIds.Contains(task.Id), showOwner: false);
        body.AddRange(RhythmCardRows.Section(RhythmTexts.Get(language, RhythmText.SectionOverdue), digest.Overdue, Owned, language));
        body.AddRange(RhythmCardRows.Section(RhythmTexts.Get(language, RhythmText.SectionDueToday), digest.DueToday, Owned, language));
        body.AddRange(RhythmCardRows.Section(RhythmTexts.Get(language, RhythmText.SectionOtherOwned), digest.OtherOwned, Owned, language));
        body.AddRange(RhythmCardRows.Section(RhythmTexts.Get(language, RhythmText.SectionKeyToClaim), digest.KeyToClaim,
            task => RhythmCardRows.Detail(task, language, clock.Local(task.DueAt ?? default), isKey: false, showOwner: false), language));
        return new AdaptiveCard
        {
            Body = body,
            Actions = [RhythmCardRows.Mine(language), RhythmCardRows.List(language)],
            FallbackText = title,
        };
    }

    public static string Summary(MorningDigest digest, Language language) =>
        RhythmTexts.Get(language, RhythmText.DigestSummary, digest.Owned, digest.DueToday.Count, digest.Overdue.Count, digest.QuotaOpen);
}
