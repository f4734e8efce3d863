using NorthPool.Cards;
using NorthPool.Cards.Actions;
using NorthPool.Cards.Elements;
using NorthPool.Localization;

namespace NorthPool.CardViews;

// The commands with an example each, from the same text as the plain-text help, plus buttons into the lists.
public static class HelpCardBuilder
{
    public static AdaptiveCard Build(Language language)
    {
        var facts = Texts.Get(language, TextId.Help)
            .Split('\n')
            .Where(line => line.StartsWith("- ", StringComparison.Ordinal))
            .Select(line => line[2..].Split(" — ", 2))
            .Select(parts => new Fact(parts[0], parts.Length > 1 ? parts[1] : ""))
            .ToList();
        return new AdaptiveCard
        {
            Body =
            [
                new TextBlock(Texts.Get(language, TextId.HelpCardTitle)) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
                new TextBlock(Texts.Get(language, TextId.HelpCardIntro)) { IsSubtle = true },
                new FactSet(facts),
            ],
            Actions =
            [
                new SubmitAction { Title = Texts.Get(language, TextId.ButtonList), Data = CardData.For(language, ("verb", CardVerbs.List)) },
                new SubmitAction { Title = Texts.Get(language, TextId.ButtonMine), Data = CardData.For(language, ("verb", CardVerbs.Mine)) },
            ],
            FallbackText = Texts.Get(language, TextId.HelpCardTitle),
        };
    }
}
