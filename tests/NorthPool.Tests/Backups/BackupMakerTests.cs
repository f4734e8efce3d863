using System.Collections.Concurrent;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NorthPool.Backups;
using NorthPool.Storage;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.Backups;

// A hot backup is one instant of the store: taken while eight writers commit as fast as they can, it holds every
// write acknowledged before it began and none begun after it ended, and exactly as many rows as the store had at
// its instant. Old copies go only once a new one is verified, and files that are not backups are never touched.
[Trait("Store", "LiteDbFile")]
public sealed class BackupMakerTests : IDisposable
{
    private readonly TestStore _store = TestStore.CreateSeeded();
    private readonly string _folder;

    public BackupMakerTests() => _folder = Path.Combine(Path.GetDirectoryName(_store.FilePath)!, "backups");

    public void Dispose() => _store.Dispose();

    private BackupMaker Maker(int keepDaily = 7) =>
        new(_store.Db, _store.Writer, Options.Create(new BackupOptions { KeepDaily = keepDaily, KeepWeekly = 0 }), _store.Calendar, _store.Time, NullLogger<BackupMaker>.Instance);

    private static HashSet<string> SettingIds(string file)
    {
        using var copy = new LiteDatabase(new ConnectionString { Filename = file, Connection = ConnectionType.Direct, ReadOnly = true });
        return copy.GetCollection("settings").FindAll().Select(d => d["_id"].AsString).ToHashSet(StringComparer.Ordinal);
    }

    [Fact]
    public async Task ABackupUnderAWriteLoadHoldsEveryAcknowledgedWriteBeforeItAndNoneBegunAfterIt()
    {
        var acknowledged = new ConcurrentQueue<string>();
        var begunAfter = new ConcurrentBag<string>();
        var backupDone = 0;
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var id = $"load-{w}-{i:D6}";
                if (Volatile.Read(ref backupDone) == 1)
                    begunAfter.Add(id);
                await _store.Writer.WriteAsync(() => _store.Db.Settings.Insert(new Setting { Id = id, Value = new string('x', 500) }), CancellationToken.None);
                acknowledged.Enqueue(id);
            }
        })).ToArray();
        while (acknowledged.Count < 300)
            await Task.Yield();

        var before = acknowledged.ToArray();
        var outcome = await Maker().CreateAsync(CancellationToken.None);
        Volatile.Write(ref backupDone, 1);
        while (begunAfter.Count < 100)
            await Task.Yield();
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        var backup = Assert.IsType<Backup>(outcome.Made);
        var copied = SettingIds(backup.FilePath);
        Assert.Equal([], before.Where(id => !copied.Contains(id)).ToList());
        Assert.Equal([], begunAfter.Where(copied.Contains).ToList());
        Assert.Equal(backup.Counts["settings"], copied.Count);
        Assert.True(_store.Db.Settings.Count() > copied.Count);
        Assert.Equal(NorthPoolDb.CheckpointPages, _store.Db.Database.CheckpointSize);
    }

    [Fact]
    public async Task OnlyTheNewestVerifiedCopiesStayAndForeignFilesAreLeftAlone()
    {
        Directory.CreateDirectory(_folder);
        var notes = Path.Combine(_folder, "notes.txt");
        await File.WriteAllTextAsync(notes, "keep me");
        var maker = Maker(keepDaily: 3);
        var made = new List<string>();
        for (var day = 0; day < 5; day++)
        {
            made.Add(Assert.IsType<Backup>((await maker.CreateAsync(CancellationToken.None)).Made).Name);
            _store.Time.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(made.TakeLast(3).Order(StringComparer.Ordinal), Directory.GetFiles(_folder, "northpool-*").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("keep me", await File.ReadAllTextAsync(notes));
    }

    [Fact]
    public async Task AFailedBackupLeavesNoPartFileAndPrunesNothing()
    {
        var maker = Maker(keepDaily: 1);
        var first = Assert.IsType<Backup>((await maker.CreateAsync(CancellationToken.None)).Made);
        _store.Time.Advance(TimeSpan.FromDays(1));
        // The next copy's name is taken by a folder: the copy cannot be put in place.
        Directory.CreateDirectory(Path.Combine(_folder, BackupNames.For(_store.FilePath, _store.Time.GetUtcNow())));

        var outcome = await maker.CreateAsync(CancellationToken.None);

        Assert.Null(outcome.Made);
        Assert.NotNull(outcome.Failure);
        Assert.True(File.Exists(first.FilePath));
        Assert.Empty(Directory.GetFiles(_folder, "*.partial*"));
        Assert.Equal(NorthPoolDb.CheckpointPages, _store.Db.Database.CheckpointSize);
    }
}
