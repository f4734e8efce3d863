using LiteDB;

namespace NorthPool.Storage;

// Indexes that serve "the newest rows of one owner" in order. Their key starts with the owner and ends with what
// orders its rows (the auto id: "BD-001-2026W48|000000001234"; a finish time), so a query walks one range of the index
// backwards and stops after `take` rows, whatever the number of rows the owner (or anyone else) has. Bounds are
// digits only: under LiteDB's default culture-aware collation a symbol such as "~" sorts before digits.
public static class NewestFirst
{
    public static string Expression(string ownerField) => $"$.{ownerField} + '|' + FORMAT($._id, 'D12')";

    public static void EnsureIndex<T>(ILiteCollection<T> collection, string name, string ownerField) =>
        collection.EnsureIndex(name, Expression(ownerField));

    // The owner's rows by auto id, newest first.
    public static ILiteQueryable<T> Query<T>(ILiteCollection<T> collection, string ownerField, string owner) =>
        Range(collection, Expression(ownerField), owner + "|000000000000", owner + "|999999999999");

    // The rows whose indexed key lies between the bounds, highest key first, read through the index on `key`.
    public static ILiteQueryable<T> Range<T>(ILiteCollection<T> collection, string key, string from, string to) =>
        collection.Query()
            .Where($"{key} BETWEEN @0 AND @1", new BsonValue(from), new BsonValue(to))
            .OrderByDescending(key);
}
