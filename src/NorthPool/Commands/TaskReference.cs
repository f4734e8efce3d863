using System.Text.RegularExpressions;

namespace NorthPool.Commands;

// Splits "bd-1 等待客户反馈" into the task reference ("BD-001") and the rest.
public static partial class TaskReference
{
    public static (string Reference, string Remainder) Split(string args)
    {
        var id = IdPrefix().Match(args);
        if (id.Success)
            return (Canonical(id.Groups["pool"].Value, id.Groups["num"].Value), args[id.Length..].Trim());

        var space = args.IndexOf(' ');
        return space < 0 ? (args, "") : (args[..space], args[(space + 1)..].Trim());
    }

    public static bool LooksLikeId(string reference) => CanonicalId().IsMatch(reference);

    private static string Canonical(string pool, string number) =>
        $"{pool.ToUpperInvariant()}-{int.Parse(number, System.Globalization.CultureInfo.InvariantCulture):D3}";

    [GeneratedRegex("^(?<pool>[A-Za-z]{2})\\s?-?\\s?(?<num>\\d{1,4})(?![\\d%])(?=\\s|$|[^A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex IdPrefix();

    [GeneratedRegex("^[A-Z]{2}-\\d{3,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalId();
}
