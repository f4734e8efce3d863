using NorthPool.Localization;

namespace NorthPool.Commands;

// The known verb an unknown word may have been meant as: only one a slip away, never merely the least far, so that
// "备份" or "xyz" get no suggestion rather than an unrelated verb.
public static class VerbSuggestion
{
    // A Latin word this long or longer may be the start of a verb ("rep" → "report").
    private const int MinPrefixLength = 3;

    public static VerbAlias? For(string typed, IEnumerable<VerbAlias> known)
    {
        var chinese = TextNormalizer.HasCjk(typed);
        var aliases = known.Where(a => (a.Language == Language.ZhCn) == chinese).ToList();
        var near = DidYouMean.Closest(typed, aliases, a => a.Word, MaxDistance(typed, chinese));
        return near ?? (chinese ? null : ByPrefix(typed, aliases));
    }

    // Chinese: one character wrong, missing or extra, and at most half the word (so one character alone is never
    // near). Latin: one slip in a word of up to four letters, two in a longer one.
    private static int MaxDistance(string typed, bool chinese) =>
        chinese ? Math.Min(1, typed.Length / 2)
        : typed.Length <= 4 ? 1 : 2;

    // The shortest verb the typed word begins, case aside.
    private static VerbAlias? ByPrefix(string typed, IEnumerable<VerbAlias> aliases) =>
        typed.Length < MinPrefixLength
            ? null
            : aliases
                .Where(a => a.Word.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .OrderBy(a => a.Word.Length)
                .FirstOrDefault();
}
