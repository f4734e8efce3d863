using System.Globalization;
using NorthPool.Cards;
using NorthPool.Cards.Actions;
using NorthPool.Cards.Elements;
using NorthPool.Cards.Inputs;
using NorthPool.CardViews;
using NorthPool.Localization;

namespace NorthPool.Reports;

// The report as one Adaptive Card: header, the nine sections in order, then 请董事长指示！ with a text input and a
// submit button (Action.Execute "instruct").
public sealed class ProgressReportCard(ReportSections sections)
{
    public const string InstructVerb = "instruct";
    public const string InstructionInput = "instruction";

    public AdaptiveCard Build(ProgressReport report, Language language, TimeZoneInfo zone, string? opening = null, DateTimeOffset? refreshedAt = null)
    {
        string T(ReportText id, params object?[] args) => ReportTexts.Get(language, id, args);
        var body = new List<CardElement>
        {
            new TextBlock(T(ReportText.Title)) { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new FactSet(
            [
                new Fact(T(ReportText.ReportTime), report.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
                new Fact(T(ReportText.Reporter), report.Reporter),
            ]) { Spacing = Spacing.Small },
        };
        if (report.CatchUpOf is { } slot)
            body.Add(new TextBlock(T(ReportText.CatchUp, slot.ToString("HH:mm", CultureInfo.InvariantCulture))) { Color = TextColor.Warning, Weight = TextWeight.Bolder });
        if (refreshedAt is { } asOf)
            body.Add(new TextBlock(T(ReportText.DataAsOf, TimeZoneInfo.ConvertTime(asOf, zone).ToString("HH:mm", CultureInfo.InvariantCulture))) { Size = TextSize.Small, IsSubtle = true });
        foreach (var notice in ReportFormat.Undelivered(report, language, zone))
            body.Add(new TextBlock(notice) { Color = TextColor.Attention });
        if (opening is not null)
            body.Add(new Container([new TextBlock(opening)]) { Style = ContainerStyle.Emphasis });

        // In each section's order: "label: value" lines in a row make one fact set, the others a small text each, so
        // 八's warned tasks, pool warnings and normal tasks each stand above their own lines.
        var facts = new List<Fact>();
        foreach (var section in sections.For(report, language, zone))
        {
            body.Add(new TextBlock(section.Heading) { Weight = TextWeight.Bolder, Color = TextColor.Accent, Separator = true, Spacing = Spacing.Medium });
            foreach (var line in section.Lines)
            {
                if (line.Label is not null and not "·" && !line.Label.EndsWith('.'))
                {
                    facts.Add(new Fact(line.Label, line.Value));
                    continue;
                }
                AddFacts();
                body.Add(new TextBlock(line.Label is null ? line.Value : $"{line.Label} {line.Value}") { Size = TextSize.Small, Spacing = Spacing.None });
            }
            AddFacts();
        }

        void AddFacts()
        {
            if (facts.Count == 0)
                return;
            body.Add(new FactSet([.. facts]) { Spacing = Spacing.Small });
            facts.Clear();
        }

        body.Add(new TextBlock(T(ReportText.AskChairman)) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Large });
        body.Add(new TextInput
        {
            Id = InstructionInput, IsMultiline = true, MaxLength = 1000, Label = T(ReportText.InstructionLabel),
            Placeholder = T(ReportText.InstructionPlaceholder), IsRequired = true, ErrorMessage = T(ReportText.InstructionRequired),
        });
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                new ExecuteAction
                {
                    Title = T(ReportText.SubmitInstruction), Verb = InstructVerb, AssociatedInputs = AssociatedInputs.Auto,
                    Data = CardData.For(language), Style = ActionStyle.Positive,
                    Fallback = new SubmitAction { Title = T(ReportText.SubmitInstruction), Data = CardData.For(language, ("verb", InstructVerb)) },
                },
            ],
            FallbackText = T(ReportText.Title),
        };
    }
}
