using System.Text;

namespace NorthPool.Crm;

// How customer names compare: full-width folded to half-width, case and spaces and punctuation ignored, and the
// company-form words that people leave out ("有限公司", "股份") dropped, so "中国移动 广东公司" and "中国移动广东" match.
public static class CustomerNames
{
    private static readonly string[] Noise = ["股份有限公司", "有限责任公司", "有限公司", "股份", "集团公司", "公司"];

    // "广东移动，粤移动、GD Mobile": aliases as typed in a form or a spreadsheet cell, split on commas and semicolons
    // (half- or full-width) and 、.
    public static IEnumerable<string> SplitAliases(string? typed) =>
        (typed ?? "").Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Key(string name)
    {
        var folded = name.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var kept = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
                kept.Append(c);
        }
        var key = kept.ToString();
        foreach (var word in Noise)
        {
            if (key.Length > word.Length && key.EndsWith(word, StringComparison.Ordinal))
                return key[..^word.Length];
        }
        return key;
    }
}
