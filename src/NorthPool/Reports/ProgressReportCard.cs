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
        if (report.PreviousFailed)
            body.Add(new TextBlock(T(ReportText.PreviousFailed)) { Color = TextColor.Attention });
        if (opening is not null)
            body.Add(new Container([new TextBlock(opening)]) { Style = ContainerStyle.Emphasis });

        foreach (var section in sections.For(report, language, zone))
        {
            body.Add(new TextBlock(section.Heading) { Weight = TextWeight.Bolder, Color = TextColor.Accent, Separator = true, Spacing = Spacing.Medium });
            var facts = section.Lines.Where(l => l.Label is not null and not "·" && !l.Label.EndsWith('.')).Select(l => new Fact(l.Label!, l.Value)).ToList();
            if (facts.Count > 0)
                body.Add(new FactSet(facts) { Spacing = Spacing.Small });
            foreach (var line in section.Lines.Where(l => l.Label is null or "·" || l.Label.EndsWith('.')))
                body.Add(new TextBlock(line.Label is null ? line.Value : $"{line.Label} {line.Value}") { Size = TextSize.Small, Spacing = Spacing.None });
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
