namespace NorthPool.Storage;

// The store at one instant, as files: the whole data file and the first LogBytes of its log, with the rows each
// collection held then (NorthPoolDb.Freeze).
public sealed record FilePoint(string DataPath, string LogPath, long LogBytes, IReadOnlyDictionary<string, long> Counts);
