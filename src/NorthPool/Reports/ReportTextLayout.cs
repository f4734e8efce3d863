using System.Globalization;
using System.Text;
using NorthPool.Localization;

namespace NorthPool.Reports;

// The plain-text layout of plan §9.2 (the ═ frame and ━ rules and all), for copying into e-mail.
public sealed class ReportTextLayout(ReportSections sections)
{
    private static readonly string Frame = new('=', 65);
    private static readonly string Rule = new('━', 60);

    public string Render(ProgressReport report, Language language, TimeZoneInfo zone, string? opening = null)
    {
        string T(ReportText id, params object?[] args) => ReportTexts.Get(language, id, args);
        var text = new StringBuilder()
            .AppendLine(Frame)
            .AppendLine($"                    {T(ReportText.Title)}")
            .AppendLine($"                    {T(ReportText.ReportTime)}: {report.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}")
            .AppendLine($"                    {T(ReportText.Reporter)}: {report.Reporter}");
        if (report.CatchUpOf is { } slot)
            text.AppendLine($"                    {T(ReportText.CatchUp, slot.ToString("HH:mm", CultureInfo.InvariantCulture))}");
        text.AppendLine(Frame);
        foreach (var notice in ReportFormat.Undelivered(report, language, zone))
            text.AppendLine().AppendLine(notice);
        if (opening is not null)
            text.AppendLine().AppendLine(opening);

        foreach (var section in sections.For(report, language, zone))
        {
            text.AppendLine().AppendLine(section.Heading).AppendLine(Rule);
            foreach (var line in section.Lines)
            {
                text.Append("  ").AppendLine(line.Label switch
                {
                    null => line.Value,
                    "·" => $"· {line.Value}",
                    var label when label.EndsWith('.') => $"{label} {line.Value}",
                    var label when line.Headline => $"{label}: {line.Value}",
                    var label => $"· {label}: {line.Value}",
                });
            }
            text.AppendLine(Rule);
        }
        return text.AppendLine().AppendLine(T(ReportText.AskChairman)).AppendLine().Append(Frame).ToString();
    }
}
