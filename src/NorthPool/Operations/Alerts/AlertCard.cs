using NorthPool.Cards;
using NorthPool.Cards.Elements;
using NorthPool.Localization;

namespace NorthPool.Operations;

// An alert (what happened, since when, what to do) or its recovery, as the admins' channel shows it.
public static class AlertCard
{
    public static AdaptiveCard Raised(AlertKind kind, string detail, DateTimeOffset since, Language language)
    {
        var title = $"{AlertTexts.Raised(language)}：{AlertTexts.Title(kind, language)}";
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Color = TextColor.Attention, Wrap = true },
                new FactSet([new(AlertTexts.What(language), detail), new(AlertTexts.Since(language), Time(since)), new(AlertTexts.ToDo(language), AlertTexts.Advice(kind, language))]),
            ],
            FallbackText = title,
        };
    }

    public static AdaptiveCard Recovered(AlertKind kind, DateTimeOffset since, DateTimeOffset at, Language language)
    {
        var title = $"{AlertTexts.Recovered(language)}：{AlertTexts.Title(kind, language)}";
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(title) { Size = TextSize.Medium, Weight = TextWeight.Bolder, Color = TextColor.Good, Wrap = true },
                new FactSet([new(AlertTexts.Since(language), Time(since)), new(AlertTexts.Until(language), Time(at))]),
            ],
            FallbackText = title,
        };
    }

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
