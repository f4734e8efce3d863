namespace NorthPool.Storage;

// Storage:Provider. LiteDb: one file, one process (the default, nothing to install). PostgreSql: one database
// (ConnectionStrings:NorthPool) that several NorthPool instances share.
public enum StorageProvider
{
    LiteDb,
    PostgreSql,
}
