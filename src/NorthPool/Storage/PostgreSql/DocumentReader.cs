using LiteDB;

namespace NorthPool.Storage.PostgreSql;

// A query's rows, read to the end before the connection goes back to the pool (limits are in the SQL).
internal sealed class DocumentReader(string collection, IReadOnlyList<BsonValue> rows) : IBsonDataReader
{
    private int _at = -1;

    public BsonValue this[string field] => Current.AsDocument[field];

    public string Collection => collection;

    public BsonValue Current => _at >= 0 && _at < rows.Count ? rows[_at] : BsonValue.Null;

    public bool HasValues => rows.Count > 0;

    public bool Read() => ++_at < rows.Count;

    public void Dispose()
    {
    }
}
