using NorthPool.Cards;
using NorthPool.Cards.Actions;
using NorthPool.Cards.Elements;
using NorthPool.Commands;
using NorthPool.Localization;

namespace NorthPool.CardViews;

// The commands with an example each, from the verb registry's help lines, plus buttons into the lists.
public sealed class HelpCardBuilder(VerbRegistry verbs)
{
    public AdaptiveCard Build(Language language)
    {
        var facts = verbs.HelpLines(language)
            .Select(line => line.Split(" — ", 2))
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

    // The same as markdown: the header and one "- example — what it does" line per verb.
    public string Text(Language language) =>
        Texts.Get(language, TextId.HelpHeader) + "\n\n" + string.Join("\n", verbs.HelpLines(language).Select(l => "- " + l));
}
