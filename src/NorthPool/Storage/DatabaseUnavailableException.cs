namespace NorthPool.Storage;

// The database file cannot be used: in use by another process, damaged, or not a NorthPool database. The message is
// the one line start-up prints: it names the file, what is wrong and what to do. The file has not been written to.
public sealed class DatabaseUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
