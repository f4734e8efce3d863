using System.Globalization;
using System.Text.RegularExpressions;

namespace NorthPool.Crm;

// Money as people type it, to exact yuan: 50万, 50w, 80万元, 1.5亿, 500000, ¥500,000, ￥50万. Shown in 万.
public static partial class Amount
{
    public const decimal Wan = 10_000m;

    // Up to 千亿 yuan: more is a typo.
    private const decimal Max = 1_000_000_000_000m;

    public static decimal? Parse(string text)
    {
        var match = Pattern().Match(text.Normalize(System.Text.NormalizationForm.FormKC).Trim());
        if (!match.Success || !decimal.TryParse(match.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return null;
        var yuan = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "万" or "w" => number * Wan,
            "亿" => number * 100_000_000m,
            "k" or "千" => number * 1_000m,
            _ => number,
        };
        return yuan is > 0 and <= Max && decimal.Round(yuan, 2) == yuan ? yuan : null;
    }

    // Whether a word is meant as money (so "80万x" is refused rather than taken as part of a title).
    public static bool LooksLikeMoney(string word) => word.Length > 0 && (char.IsDigit(word[0]) || word[0] is '¥' or '￥');

    public static string InWan(decimal yuan) => (yuan / Wan).ToString("0.##", CultureInfo.InvariantCulture) + "万";

    [GeneratedRegex(@"^[¥]?(?<n>\d{1,3}(,\d{3})+(\.\d+)?|\d+(\.\d+)?)\s*(?<unit>万|w|W|亿|k|K|千)?元?$")]
    private static partial Regex Pattern();
}
