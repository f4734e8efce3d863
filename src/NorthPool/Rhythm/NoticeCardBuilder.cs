using System.Globalization;
using NorthPool.Cards;
using NorthPool.Cards.Elements;
using NorthPool.CardViews;
using NorthPool.Localization;
using NorthPool.Tasks;

namespace NorthPool.Rhythm;

// Reminders and alerts as a card: one notice with its task's detail and an open button, or several (a scan that
// found more than one for a member) as one card, a row each.
public sealed class NoticeCardBuilder(DisplayClock clock, TimeProvider timeProvider)
{
    public AdaptiveCard Build(IReadOnlyList<RhythmNotice> notices, Language language)
    {
        if (notices.Count == 1)
        {
            var notice = notices[0];
            var text = Text(notice, language);
            return new AdaptiveCard
            {
                Body =
                [
                    new TextBlock(text) { Weight = TextWeight.Bolder },
                    new TextBlock(Detail(notice.Task, language)) { Size = TextSize.Small, Color = TaskCardBuilder.StateColor(notice.Task.State), Spacing = Spacing.Small },
                ],
                Actions = [RhythmCardRows.Open(notice.Task, language), RhythmCardRows.Mine(language)],
                FallbackText = text,
            };
        }
        var title = Summary(notices, language);
        var body = new List<CardElement> { new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder } };
        body.AddRange(notices.Select(n => (CardElement)new ColumnSet([
            new Column([
                new TextBlock(Text(n, language)) { Weight = TextWeight.Bolder },
                new TextBlock(Detail(n.Task, language)) { Size = TextSize.Small, Color = TaskCardBuilder.StateColor(n.Task.State), Spacing = Spacing.None },
            ]) { Width = "stretch", SelectAction = RhythmCardRows.Open(n.Task, language) },
        ]) { Separator = true }));
        return new AdaptiveCard { Body = body, Actions = [RhythmCardRows.Mine(language)], FallbackText = title };
    }

    // The notification preview: the notice itself, or "🔔 3 条提醒".
    public string Summary(IReadOnlyList<RhythmNotice> notices, Language language) =>
        notices.Count == 1 ? Text(notices[0], language) : RhythmTexts.Get(language, RhythmText.NoticesTitle, notices.Count);

    public string Text(RhythmNotice notice, Language language)
    {
        var task = notice.Task;
        var label = Commands.TaskLabel.Of(task);
        var now = timeProvider.GetUtcNow();
        var due = clock.Local(task.DueAt ?? now).ToString("MM-dd", CultureInfo.InvariantCulture);
        return notice.Kind switch
        {
            RhythmKind.Reminder => RhythmTexts.Get(language, task.OwnerId is null ? RhythmText.ReminderUnclaimed : RhythmText.Reminder,
                task.Title, task.Id, (notice.At ?? default).ToString("HH:mm", CultureInfo.InvariantCulture)),
            RhythmKind.DueTomorrow => RhythmTexts.Get(language, RhythmText.DueTomorrow, label, due),
            RhythmKind.Overdue => RhythmTexts.Get(language, RhythmText.Overdue, label, due),
            RhythmKind.PausedTooLong => RhythmTexts.Get(language, RhythmText.PausedTooLong, label, Hours(now - task.StateSince)),
            RhythmKind.Unclaimed => RhythmTexts.Get(language, RhythmText.Unclaimed, label, Hours(now - task.StateSince)),
            _ => label,
        };
    }

    private string Detail(TaskInstance task, Language language) =>
        RhythmCardRows.Detail(task, language, clock.Local(task.DueAt ?? default), isKey: false, showOwner: true);

    private static int Hours(TimeSpan span) => (int)Math.Max(0, Math.Floor(span.TotalHours));
}
