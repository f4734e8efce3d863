using NorthPool.Localization;

namespace NorthPool.CardViews;

// The data a button sends back. It names the card's language, so the answer to a press stays in the language
// the card is in (unless the member chose another with "lang").
public static class CardData
{
    public const string LanguageKey = "lang";

    public static Dictionary<string, string> For(Language language, params (string Key, string Value)[] values)
    {
        var data = values.ToDictionary(v => v.Key, v => v.Value);
        data[LanguageKey] = language.Culture().Name;
        return data;
    }
}
