using System.Text;
using System.Text.RegularExpressions;

namespace NorthPool.Commands;

public static partial class TextNormalizer
{
    // NFKC folds full-width letters, digits and punctuation ("／认领 ＢＤ－００１" → "/认领 BD-001").
    public static string Normalize(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormKC)
            .Replace('\u2010', '-').Replace('\u2011', '-').Replace('\u2012', '-').Replace('\u2013', '-').Replace('\u2014', '-')
            .Replace('\u3001', ',');
        return Spaces().Replace(folded, " ").Trim();
    }

    public static bool HasCjk(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
