using System.Text.RegularExpressions;

namespace NorthPool.Commands;

// Splits "bd-1 等待客户反馈" into the task reference ("BD-001") and the rest. Instance ids keep their period or
// number: "bd-1-2026w48" → "BD-001-2026W48", "BD-4#2" → "BD-004#2".
public static partial class TaskReference
{
    public static (string Reference, string Remainder) Split(string args)
    {
        var id = IdPrefix().Match(args);
        if (id.Success)
            return (Canonical(id.Groups["pool"].Value, id.Groups["num"].Value, id.Groups["suffix"].Value), args[id.Length..].Trim());

        var space = args.IndexOf(' ');
        return space < 0 ? (args, "") : (args[..space], args[(space + 1)..].Trim());
    }

    // Every task reference at the start of args ("BD-012 BD-013 …"), and the rest.
    public static (IReadOnlyList<string> References, string Remainder) SplitMany(string args)
    {
        var references = new List<string>();
        var rest = args;
        while (IdPrefix().IsMatch(rest))
        {
            var (reference, remainder) = Split(rest);
            references.Add(reference);
            rest = remainder;
        }
        return references.Count > 0 ? (references, rest) : ([Split(args).Reference], Split(args).Remainder);
    }

    public static bool LooksLikeId(string reference) => CanonicalId().IsMatch(reference);

    private static string Canonical(string pool, string number, string suffix) =>
        $"{pool.ToUpperInvariant()}-{int.Parse(number, System.Globalization.CultureInfo.InvariantCulture):D3}{suffix.ToUpperInvariant()}";

    [GeneratedRegex("^(?<pool>[A-Za-z]{2})\\s?-?\\s?(?<num>\\d{1,4})(?<suffix>-[0-9A-Za-z]{2,8}|#\\d{1,4})?(?![\\d%])(?=\\s|$|[^A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IdPrefix();

    [GeneratedRegex("^[A-Z]{2}-\\d{3,4}(-[0-9A-Z]{2,8}|#\\d{1,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalId();
}
