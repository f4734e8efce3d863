using System.Buffers.Binary;
using System.Text;

namespace NorthPool.Storage;

// Looks at an existing file before LiteDB may touch it, so a truncated or foreign file is refused rather than
// "repaired" into an empty database. LiteDB 5 files are whole 8 KB pages; page 0 holds the header text, the file
// format version and the id of the last page written.
public static class DatabaseFileCheck
{
    private const int PageSize = 8192;
    private const int HeaderInfoAt = 32;
    private const int FileVersionAt = 59;
    private const int LastPageIdAt = 64;
    private const byte FileVersion = 8;
    private static readonly byte[] HeaderInfo = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    // Null when the file is missing or empty (a new database) or looks whole; otherwise what is wrong.
    public static string? Problem(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length == 0)
            return null;
        if (info.Length < PageSize || info.Length % PageSize != 0)
            return $"is not a whole LiteDB file ({info.Length} bytes, not a whole number of 8 KB pages): it was cut short or is not a NorthPool database";

        var header = new byte[PageSize];
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            stream.ReadExactly(header);
        if (!header.AsSpan(HeaderInfoAt, HeaderInfo.Length).SequenceEqual(HeaderInfo))
            return "is not a LiteDB database (its first page has no LiteDB header)";
        if (header[FileVersionAt] != FileVersion)
            return $"has LiteDB file format {header[FileVersionAt]}, this NorthPool reads format {FileVersion}";
        var lastPage = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(LastPageIdAt, 4));
        var pages = info.Length / PageSize;
        return lastPage >= pages
            ? $"is cut short: its header names {lastPage + 1} pages, the file holds {pages}"
            : null;
    }
}
