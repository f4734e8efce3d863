namespace NorthPool.Exports;

public sealed record ExportFile(string Id, string FileName, byte[] Content, DateTimeOffset ExpiresAt);
