using NorthPool.Commands;
using NorthPool.Localization;

namespace NorthPool.Reports;

// "/汇报" or "/report": the current report as a card to whoever asks; "/report text" (文本) the plain-text layout.
public sealed class ReportCommand(ProgressReportBuilder builder, ProgressReportCard card, ReportTextLayout layout, TimeProvider timeProvider)
{
    public Reply Handle(string args, CommandContext context)
    {
        var language = context.Language;
        var report = builder.Build(timeProvider.GetUtcNow(), previous: null);
        var title = ReportTexts.Get(language, ReportText.Title);
        if (args.Trim().ToLowerInvariant() is "text" or "文本")
            return new Reply($"```\n{layout.Render(report, language, builder.Zone)}\n```");
        return new Reply(title) { Card = card.Build(report, language, builder.Zone) };
    }
}
