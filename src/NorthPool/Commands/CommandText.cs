using System.Text;

namespace NorthPool.Commands;

// A message as typed and its normalised form, token for token. Commands are parsed on the normalised form
// (full-width letters, digits and punctuation folded by NFKC); free text such as a reason or a progress note is
// given back exactly as the member wrote it, Chinese punctuation included.
public sealed class CommandText
{
    private readonly string[] _original;
    private readonly string[] _normalized;

    private CommandText(string[] original)
    {
        _original = original;
        _normalized = original.Select(Fold).ToArray();
        Normalized = string.Join(' ', _normalized);
    }

    public string Normalized { get; }

    public static CommandText From(string text) =>
        new(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // NFKC folds full-width forms ("ＢＤ－００１" → "BD-001"); dashes it leaves alone become '-' too ("BD—001").
    private static string Fold(string word)
    {
        var folded = new StringBuilder(word.Normalize(NormalizationForm.FormKC));
        for (var i = 0; i < folded.Length; i++)
        {
            if (folded[i] is >= '\u2010' and <= '\u2015' or '\u2212')
                folded[i] = '-';
        }
        return folded.ToString();
    }

    // The original words behind a suffix of Normalized; the suffix itself when it does not start on a word boundary.
    public string Original(string normalizedSuffix)
    {
        if (normalizedSuffix.Length == 0)
            return "";
        var words = normalizedSuffix.Split(' ');
        var start = _normalized.Length - words.Length;
        var aligned = start >= 0 && _normalized.AsSpan(start).SequenceEqual(words);
        return aligned ? string.Join(' ', _original[start..]) : normalizedSuffix;
    }
}
