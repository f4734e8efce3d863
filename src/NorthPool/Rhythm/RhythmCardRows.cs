using System.Globalization;
using NorthPool.Cards;
using NorthPool.Cards.Actions;
using NorthPool.Cards.Elements;
using NorthPool.CardViews;
using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Tasks;

namespace NorthPool.Rhythm;

// A task as one row of a rhythm card: its label, a detail line, and a tap that opens its task card (Action.Submit
// "show", so the task card arrives as a new message and the rhythm card stays as it was).
public static class RhythmCardRows
{
    public const int MaxRowsPerSection = 8;

    public static ColumnSet Row(TaskInstance task, string detail, Language language) => new([
        new Column([
            new TextBlock(TaskLabel.Of(task)) { Weight = TextWeight.Bolder },
            new TextBlock(detail) { Size = TextSize.Small, Color = TaskCardBuilder.StateColor(task.State), Spacing = Spacing.None },
        ])
        {
            Width = "stretch",
            SelectAction = Open(task, language),
        },
    ]) { Spacing = Spacing.Small };

    public static SubmitAction Open(TaskInstance task, Language language) =>
        new() { Title = RhythmTexts.Get(language, RhythmText.ButtonOpen), Data = CardData.For(language, ("verb", CardVerbs.Show), ("taskId", task.Id)) };

    public static SubmitAction Mine(Language language) =>
        new() { Title = RhythmTexts.Get(language, RhythmText.ButtonMine), Data = CardData.For(language, ("verb", CardVerbs.Mine)) };

    public static SubmitAction List(Language language) =>
        new() { Title = RhythmTexts.Get(language, RhythmText.ButtonList), Data = CardData.For(language, ("verb", CardVerbs.List)) };

    // 执行中 · 张伟 · 本周还差 1 家 · 截止 11-29 · P1 · ⭐ 重点
    public static string Detail(TaskInstance task, Language language, DateTimeOffset localDue, bool isKey, bool showOwner)
    {
        var parts = new List<string> { Texts.State(language, task.State) };
        if (showOwner && task.OwnerName is { } owner)
            parts.Add(owner);
        if (task.Quota is { } quota)
            parts.Add(quota.IsMet ? quota.ToString() : RhythmTexts.QuotaLeft(language, quota, task.Cadence));
        else if (task.OwnerId is not null)
            parts.Add($"{task.Progress}%");
        if (task.DueAt is not null)
            parts.Add(RhythmTexts.Get(language, RhythmText.DueOn, localDue.ToString("MM-dd", CultureInfo.InvariantCulture)));
        if (task.Priority < Priority.P2)
            parts.Add(task.Priority.ToString());
        if (isKey)
            parts.Add(RhythmTexts.Get(language, RhythmText.KeyMark));
        return string.Join(" · ", parts);
    }

    // A section: its heading and at most MaxRowsPerSection rows, then "…另有 N 项".
    public static IEnumerable<CardElement> Section(string heading, IReadOnlyList<TaskInstance> tasks, Func<TaskInstance, string> detail, Language language)
    {
        if (tasks.Count == 0)
            yield break;
        yield return new TextBlock(heading) { Size = TextSize.Small, Weight = TextWeight.Bolder, Separator = true, Color = TextColor.Accent };
        foreach (var task in tasks.Take(MaxRowsPerSection))
            yield return Row(task, detail(task), language);
        if (tasks.Count > MaxRowsPerSection)
            yield return new TextBlock(RhythmTexts.Get(language, RhythmText.MoreRows, tasks.Count - MaxRowsPerSection)) { Size = TextSize.Small, IsSubtle = true };
    }
}
