using NorthPool.Cards;
using NorthPool.Cards.Actions;
using NorthPool.Cards.Elements;
using NorthPool.CardViews;
using NorthPool.Localization;

namespace NorthPool.Imports;

// The dry run as a card: the counts, the first duplicates and faulty rows with why, and the confirm and cancel
// buttons (none when there is nothing new).
public static class ImportCardBuilder
{
    public const int MaxListed = 10;

    public static AdaptiveCard Preview(string fileName, ImportPreview preview, PendingImport? pending, int minutes, Language language)
    {
        string T(ImportText id, params object?[] args) => ImportTexts.Get(language, id, args);
        var body = new List<CardElement>
        {
            new TextBlock(T(ImportText.PreviewTitle, fileName)) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new TextBlock(T(ImportText.PreviewCounts, preview.Rows, preview.New, preview.Duplicates.Count, preview.Errors.Count)),
        };
        Issues(body, T(ImportText.PreviewDuplicates), preview.Duplicates, language);
        Issues(body, T(ImportText.PreviewErrors), preview.Errors, language);
        body.Add(new TextBlock(pending is null ? T(ImportText.PreviewNothingNew) : T(ImportText.PreviewConfirmHint, preview.New, minutes)) { Separator = true, IsSubtle = true });

        List<CardAction>? actions = pending is null ? null :
        [
            new ExecuteAction { Title = T(ImportText.Confirm, preview.New), Verb = ImportCommand.Verb, Style = ActionStyle.Positive, Data = CardData.For(language, ("args", $"{ImportCommand.ConfirmWords[0]} {pending.Id}")) },
            new ExecuteAction { Title = T(ImportText.Cancel), Verb = ImportCommand.Verb, Data = CardData.For(language, ("args", $"{ImportCommand.CancelWords[0]} {pending.Id}")) },
        ];
        return new AdaptiveCard { Body = body, Actions = actions, FallbackText = T(ImportText.PreviewTitle, fileName) };
    }

    private static void Issues(List<CardElement> body, string title, IReadOnlyList<ImportIssue> issues, Language language)
    {
        if (issues.Count == 0)
            return;
        body.Add(new TextBlock(title) { Size = TextSize.Small, Weight = TextWeight.Bolder, Separator = true });
        foreach (var issue in issues.Take(MaxListed))
            body.Add(new TextBlock(Line(issue, language)) { Size = TextSize.Small, Spacing = Spacing.None });
        if (issues.Count > MaxListed)
            body.Add(new TextBlock(ImportTexts.Get(language, ImportText.PreviewMore, issues.Count - MaxListed)) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None });
    }

    public static string Line(ImportIssue issue, Language language) =>
        language == Language.ZhCn ? $"第 {issue.Row} 行 {issue.Name}：{issue.Why}" : $"Row {issue.Row} {issue.Name}: {issue.Why}";
}
