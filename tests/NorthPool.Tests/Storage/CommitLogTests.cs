using NorthPool.Storage;

namespace NorthPool.Tests.Storage;

// LiteDB's log with one durable point per commit: the last page written stays out of the file until everything
// before it is synced, and readers see it meanwhile.
[Trait("Store", "LiteDbFile")]
public sealed class CommitLogTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "northpool-tests", Guid.NewGuid().ToString("N"), "log.db");

    public CommitLogTests() => Directory.CreateDirectory(Path.GetDirectoryName(_path)!);

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    private CommitLog Open() => new(new FileStream(_path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 0));

    private static byte[] Page(byte fill) => Enumerable.Repeat(fill, 8192).ToArray();

    private byte[] OnDisk()
    {
        using var reader = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var bytes = new byte[reader.Length];
        reader.ReadExactly(bytes);
        return bytes;
    }

    [Fact]
    public void The_last_page_reaches_the_file_only_when_synced_after_the_pages_before_it()
    {
        using var log = Open();
        log.Write(Page(1));
        log.Write(Page(2));
        log.Write(Page(3));

        Assert.Equal(16384, OnDisk().Length);
        Assert.Equal(24576, log.Length);

        log.Sync();

        var disk = OnDisk();
        Assert.Equal(24576, disk.Length);
        Assert.Equal([1, 2, 3], new[] { disk[0], disk[8192], disk[16384] });
    }

    [Fact]
    public void A_held_page_is_read_back_as_written()
    {
        using var log = Open();
        log.Write(Page(7));
        log.Write(Page(8));

        log.Position = 8192;
        var read = new byte[8192];
        Assert.Equal(8192, log.Read(read, 0, read.Length));

        Assert.All(read, b => Assert.Equal(8, b));
    }

    [Fact]
    public void Truncating_the_log_drops_a_held_page_past_the_new_end()
    {
        using var log = Open();
        log.Write(Page(1));
        log.Write(Page(2));

        log.SetLength(0);
        log.Sync();

        Assert.Empty(OnDisk());
    }

    [Fact]
    public void Flushing_as_LiteDB_does_after_every_page_writes_nothing_held()
    {
        using var log = Open();
        log.Write(Page(1));
        log.Flush();

        Assert.Empty(OnDisk());
        log.Sync();
        Assert.Equal(8192, OnDisk().Length);
    }
}
