namespace NorthPool.Commands;

public static class DidYouMean
{
    public static T? Closest<T>(string typed, IEnumerable<T> candidates, Func<T, string> key, int maxDistance) where T : class =>
        candidates
            .Select(c => (Candidate: c, Distance: Distance(typed.ToLowerInvariant(), key(c).ToLowerInvariant())))
            .Where(x => x.Distance <= maxDistance)
            .OrderBy(x => x.Distance)
            .Select(x => x.Candidate)
            .FirstOrDefault();

    // Levenshtein distance, two rows.
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
