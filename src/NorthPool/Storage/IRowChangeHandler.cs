using LiteDB;

namespace NorthPool.Storage;

// What a feature keeps in memory of a Watched collection, brought up to date when another instance on the same
// PostgreSQL database commits a row of it (RowChangeListener). Never called for the LiteDB file: it has one process.
public interface IRowChangeHandler
{
    string Collection { get; }

    // The row with this id was inserted, updated or deleted by another instance and is committed.
    void Changed(BsonValue id);

    // Notifications may have been missed (the listening connection was lost): forget what is kept.
    void Forget();
}
