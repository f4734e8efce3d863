using LiteDB;

namespace NorthPool.Storage;

// An index that serves "the newest rows of one owner" in order: its key is the owner's id and the row's auto id
// ("BD-001-2026W48|000000001234"), so the query walks a range of the index backwards and stops after `take` rows,
// whatever the number of rows the owner (or anyone else) has. Bounds are digits only: under LiteDB's default
// culture-aware collation a symbol such as "~" sorts before digits.
public static class NewestFirst
{
    public static string Expression(string ownerField) => $"$.{ownerField} + '|' + FORMAT($._id, 'D12')";

    public static void EnsureIndex<T>(ILiteCollection<T> collection, string name, string ownerField) =>
        collection.EnsureIndex(name, Expression(ownerField));

    public static ILiteQueryable<T> Query<T>(ILiteCollection<T> collection, string ownerField, string owner)
    {
        var key = Expression(ownerField);
        return collection.Query()
            .Where($"{key} BETWEEN @0 AND @1", new BsonValue(owner + "|000000000000"), new BsonValue(owner + "|999999999999"))
            .OrderByDescending(key);
    }
}
