using NorthPool.Localization;

namespace NorthPool.Reports;

// The line a report opens with: how the instructions given since the previous report stand, then every open
// instruction with its owner. Nothing when there is nothing to say.
public sealed class ReportOpening(Directives directives)
{
    private const int MaxTextLength = 40;

    public string? For(Language language, DateTimeOffset? since)
    {
        var recent = since is { } from ? directives.Since(from) : [];
        var open = directives.Open();
        if (recent.Count == 0 && open.Count == 0)
            return null;
        var done = recent.Count(d => d.State == DirectiveState.Done);
        var lines = new List<string> { ReportTexts.Get(language, ReportText.Opening, recent.Count, done, recent.Count - done) };
        lines.AddRange(open.Select(d => ReportTexts.Get(language, ReportText.OpenDirective, d.Id, Shorten(d.Text),
            d.OwnerName ?? ReportTexts.Get(language, ReportText.NoOwner), DirectiveCard.StateText(d.State, language))));
        return string.Join("\n\n", lines);
    }

    private static string Shorten(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength] + "…";
}
