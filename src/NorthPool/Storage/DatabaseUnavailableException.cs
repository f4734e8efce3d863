namespace NorthPool.Storage;

// The database file cannot be used: in use by another process, damaged, not a NorthPool database, or in a folder
// NorthPool cannot write. The message is the one line start-up prints: it names the file, what is wrong and what to
// do. The file has not been written to. Damaged: the file itself is the problem (a backup is the way back).
public sealed class DatabaseUnavailableException(string message, Exception? inner = null, bool damaged = false) : Exception(message, inner)
{
    public bool Damaged { get; } = damaged;
}
