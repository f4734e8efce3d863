using Microsoft.Extensions.Options;
using NorthPool.Storage;

namespace NorthPool.Tests.Storage;

// What is on disk when the writer acknowledges a write, and LiteDB's checkpoint of the log.
[Trait("Store", "LiteDbFile")]
public sealed class StoreWriterCheckpointTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "northpool-tests", Guid.NewGuid().ToString("N"), "northpool.db");

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    private IOptions<StorageOptions> Options => Microsoft.Extensions.Options.Options.Create(new StorageOptions { DatabasePath = _path });

    // LiteDB copies the committed pages of the log into the data file once the log holds this many (its default), in
    // the commit that crossed it and only if no reader is in the file at that moment.
    private const int CheckpointPages = 1000;

    private long LogLength => new FileInfo(NorthPoolDb.LogPath(_path)).Length;

    // Each write is a unit of its own: about one new 8 KB page of the log per commit.
    private static void WriteSettings(StoreWriter writer, NorthPoolDb db, int count, int from = 0)
    {
        for (var i = from; i < from + count; i++)
        {
            var id = $"s{i:D4}";
            writer.WriteAsync(() => db.Settings.Insert(new Setting { Id = id, Value = new string('x', 6000) }), CancellationToken.None)
                .GetAwaiter().GetResult();
        }
    }

    // LiteDB 5.0.20 writes a commit's log pages on a thread of its own after Commit returns: the writer waits for them
    // before it syncs, so every acknowledged write has grown the log file by then.
    [Fact]
    public void Each_acknowledged_write_is_in_the_log_file_when_the_writer_hands_back_its_result()
    {
        using var db = new NorthPoolDb(Options, []);
        using var writer = new StoreWriter(db, Options);
        var lengths = new List<long> { LogLength };

        for (var i = 0; i < 20; i++)
        {
            WriteSettings(writer, db, 1, i);
            lengths.Add(LogLength);
        }

        Assert.All(lengths.Zip(lengths.Skip(1)), pair => Assert.True(pair.Second > pair.First, $"log lengths {string.Join(", ", lengths)}"));
    }

    // What a crash right after the acknowledgement leaves behind: the files as they are on disk at that moment.
    [Fact]
    public void The_files_on_disk_hold_a_write_as_soon_as_the_writer_acknowledges_it()
    {
        var copy = Path.Combine(Path.GetDirectoryName(_path)!, "copy", "northpool.db");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        using (var db = new NorthPoolDb(Options, []))
        using (var writer = new StoreWriter(db, Options))
        {
            WriteSettings(writer, db, 5);
            foreach (var (from, to) in new[] { (_path, copy), (NorthPoolDb.LogPath(_path), NorthPoolDb.LogPath(copy)) })
            {
                using var source = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
                using var target = File.Create(to);
                source.CopyTo(target);
            }
        }

        using var crashed = new NorthPoolDb(Microsoft.Extensions.Options.Options.Create(new StorageOptions { DatabasePath = copy }), []);
        Assert.Equal(["s0000", "s0001", "s0002", "s0003", "s0004"], crashed.Settings.FindAll().Select(s => s.Id).Order());
    }

    [Fact]
    public void The_log_is_checkpointed_once_it_passes_the_threshold_and_every_write_reads_back_after_a_restart()
    {
        using (var db = new NorthPoolDb(Options, []))
        using (var writer = new StoreWriter(db, Options))
        {
            WriteSettings(writer, db, CheckpointPages + 100);

            Assert.Equal(CheckpointPages, db.Database.CheckpointSize);
            Assert.True(LogLength < CheckpointPages * 8192L, $"log is {LogLength} bytes");
        }

        using var reopened = new NorthPoolDb(Options, []);
        Assert.Equal(CheckpointPages + 100, reopened.Settings.Count());
        Assert.Equal(new string('x', 6000), reopened.Settings.FindById("s1099").Value);
    }
}
