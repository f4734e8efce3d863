using NorthPool.Localization;

namespace NorthPool.Commands;

public sealed class CommandParser(VerbRegistry verbs)
{
    public const int MaxLength = 2000;

    public ParseResult Parse(string text)
    {
        if (text.Length > MaxLength)
            return new ParseResult.TooLong(text.Length);

        var command = CommandText.From(text);
        var normalized = command.Normalized.TrimStart('/').TrimStart();
        if (normalized.Length == 0)
            return new ParseResult.Empty();

        if (verbs.FindChinesePrefix(normalized) is { } chinese)
            return new ParseResult.Parsed(chinese.Verb, normalized[chinese.Word.Length..].Trim(), chinese.Language, command);

        var space = normalized.IndexOf(' ');
        var word = space < 0 ? normalized : normalized[..space];
        var args = space < 0 ? "" : normalized[(space + 1)..];
        if (verbs.Find(word) is { } alias)
            return new ParseResult.Parsed(alias.Verb, args, alias.Language, command);

        var typed = LeadingWord(word);
        var typedIsChinese = TextNormalizer.HasCjk(typed);
        return new ParseResult.UnknownVerb(typed, VerbSuggestion.For(typed, verbs.Aliases), typedIsChinese ? Language.ZhCn : null);
    }

    // "认岭BD-001" → "认岭": a Chinese verb glued to a Latin id.
    private static string LeadingWord(string word)
    {
        if (!TextNormalizer.HasCjk(word[..1]))
            return word;
        var end = 0;
        while (end < word.Length && TextNormalizer.HasCjk(word[end].ToString()))
            end++;
        return word[..end];
    }
}
