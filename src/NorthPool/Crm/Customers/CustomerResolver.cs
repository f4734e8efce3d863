using NorthPool.Commands;
using NorthPool.Storage;

namespace NorthPool.Crm;

// Finds the customer a member means, as tasks are found: C12, the exact name or an alias, an unambiguous part of one,
// else the nearest names ("did you mean", never a far one). Names are compared by key (CustomerNames) in memory.
public sealed class CustomerResolver(CustomerDirectory directory, NorthPoolDb db)
{
    private const int MaxCandidates = 5;

    public CustomerResolution Resolve(string typed)
    {
        var key = CustomerNames.Key(typed);
        if (key.Length == 0)
            return new CustomerResolution.NotFound(typed, []);
        if (ById(typed) is { } byId)
            return Found(byId.Id, typed);

        var all = directory.All.ToList();
        var exact = all.Where(c => c.Keys.Contains(key)).ToList();
        if (exact.Count > 0)
            return exact.Count == 1 ? Found(exact[0].Id, typed) : new CustomerResolution.Ambiguous(typed, Ordered(exact));

        var part = key.Length < 2 ? [] : all.Where(c => c.Keys.Any(k => k.Contains(key, StringComparison.Ordinal))).ToList();
        if (part.Count > 0)
            return part.Count == 1 ? Found(part[0].Id, typed) : new CustomerResolution.Ambiguous(typed, Ordered(part));

        return new CustomerResolution.NotFound(typed, Nearest(key, all));
    }

    // Customers a new one may duplicate (撞单查重): the same key, one name inside the other, or a near spelling.
    public IReadOnlyList<CustomerName> LookAlikes(IEnumerable<string> names)
    {
        var keys = names.Select(CustomerNames.Key).Where(k => k.Length > 0).ToList();
        return Ordered(directory.All.Where(c => c.Keys.Any(existing => keys.Any(k => Alike(k, existing)))).ToList());
    }

    private static bool Alike(string typed, string existing) =>
        typed == existing
        || (Math.Min(typed.Length, existing.Length) >= 2 && (typed.Contains(existing, StringComparison.Ordinal) || existing.Contains(typed, StringComparison.Ordinal)))
        || DidYouMean.Distance(typed, existing) <= MaxDistance(typed);

    private static int MaxDistance(string key) => Math.Max(1, key.Length / 3);

    private static List<CustomerName> Nearest(string key, IEnumerable<CustomerName> all) =>
    [
        .. all.Select(c => (Customer: c, Distance: c.Keys.Min(k => DidYouMean.Distance(key, k))))
            .Where(x => x.Distance <= MaxDistance(key))
            .OrderBy(x => x.Distance).ThenBy(x => x.Customer.Id)
            .Take(3)
            .Select(x => x.Customer),
    ];

    private static List<CustomerName> Ordered(List<CustomerName> found) => [.. found.OrderBy(c => c.Id).Take(MaxCandidates)];

    private CustomerName? ById(string typed) =>
        typed.Length > 1 && typed[0] is 'C' or 'c' && long.TryParse(typed.AsSpan(1), out var id)
            ? directory.All.FirstOrDefault(c => c.Id == id)
            : null;

    private CustomerResolution Found(long id, string typed) =>
        db.Customers.FindById(id) is { } customer ? new CustomerResolution.Found(customer) : new CustomerResolution.NotFound(typed, []);
}
