using NorthPool.Localization;

namespace NorthPool.Reports;

// The line a report opens with: the instructions it accounts for — every open one, and those carried out since the
// previous report — counted by state (已落实 / 进行中 / 待落实), then each open one with its owner. The open ones listed
// are exactly the 进行中 and 待落实 of the count. Nothing when there is nothing to say.
public sealed class ReportOpening(Directives directives)
{
    private const int MaxTextLength = 40;

    public string? For(Language language, DateTimeOffset? since)
    {
        var accounted = directives.OpenOrDoneSince(since);
        if (accounted.Count == 0)
            return null;
        int Count(DirectiveState state) => accounted.Count(d => d.State == state);
        var open = accounted.Where(d => d.State != DirectiveState.Done).ToList();
        var lines = new List<string>
        {
            ReportTexts.Get(language, ReportText.Opening, accounted.Count, Count(DirectiveState.Done), Count(DirectiveState.InProgress), Count(DirectiveState.Pending)),
        };
        lines.AddRange(open.Select(d => ReportTexts.Get(language, ReportText.OpenDirective, d.Id, Shorten(d.Text),
            d.OwnerName ?? ReportTexts.Get(language, ReportText.NoOwner), DirectiveCard.StateText(d.State, language))));
        return string.Join("\n\n", lines);
    }

    private static string Shorten(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength] + "…";
}
