using LiteDB;
using Microsoft.Extensions.Options;
using NorthPool.Pools;
using NorthPool.Storage;

namespace NorthPool.Backups;

// A hot backup: between two commits the writer notes the instant (NorthPoolDb.Freeze: checkpoint held off, the log's
// length, every collection's rows), chat goes on while the data file and that much of the log are copied, then the
// checkpoint is let go. The copy is opened on its own (LiteDB folds the log in), its rows are compared with the live
// counts of that instant, and only a copy that matches gets its final name; older copies are pruned after that.
public sealed partial class BackupMaker(
    NorthPoolDb db,
    StoreWriter writer,
    IOptions<BackupOptions> options,
    PeriodCalendar calendar,
    TimeProvider timeProvider,
    ILogger<BackupMaker> logger,
    Operations.AlertCenter? alerts = null,
    Operations.NorthPoolMetrics? metrics = null)
{
    private readonly SemaphoreSlim _one = new(1, 1);

    public string Folder => options.Value.FolderFor(db.FilePath);

    // Backups of a LiteDB file are made here; a PostgreSQL store is backed up with PostgreSQL's own tools (pg_dump),
    // which NorthPool does not run yet.
    public bool MakesBackups => db.IsFile;

    public async Task<BackupOutcome> CreateAsync(CancellationToken cancellationToken)
    {
        if (!await _one.WaitAsync(0, cancellationToken))
            return BackupOutcome.Failed("another backup is being made");
        var started = timeProvider.GetTimestamp();
        string? partial = null;
        try
        {
            Directory.CreateDirectory(Folder);
            var at = timeProvider.GetUtcNow();
            var name = BackupNames.For(db.FilePath, at);
            partial = Path.Combine(Folder, Path.GetFileNameWithoutExtension(name) + ".partial" + Path.GetExtension(name));
            var point = await writer.BetweenCommitsAsync(db.Freeze, cancellationToken);
            try
            {
                await CopyAsync(point.DataPath, partial, long.MaxValue, cancellationToken);
                await CopyAsync(point.LogPath, NorthPoolDb.LogPath(partial), point.LogBytes, cancellationToken);
            }
            finally
            {
                await writer.BetweenCommitsAsync(() => { db.Thaw(); return 0; }, CancellationToken.None);
            }

            var counts = BackupFiles.Count(partial);
            var differing = point.Counts.Where(c => counts.GetValueOrDefault(c.Key) != c.Value).Select(c => $"{c.Key} {counts.GetValueOrDefault(c.Key)} ≠ {c.Value}").ToList();
            if (differing.Count > 0)
                return Fail($"the copy does not match the store ({string.Join(", ", differing)})", partial);
            if (DatabaseFileCheck.Problem(partial) is { } problem)
                return Fail($"the copy {problem}", partial);

            var final = Path.Combine(Folder, name);
            File.Move(partial, final, overwrite: true);
            partial = null;
            var backup = new Backup(final, at, new FileInfo(final).Length, point.Counts, timeProvider.GetElapsedTime(started));
            Prune();
            LogMade(logger, backup.Name, backup.Bytes, backup.Rows, (long)backup.Took.TotalMilliseconds);
            metrics?.Backup(verified: true, backup.Took);
            if (alerts is not null)
                await alerts.ClearAsync(Operations.AlertKind.BackupFailed, CancellationToken.None);
            return new BackupOutcome(backup, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteException)
        {
            return Fail(ex.Message, partial);
        }
        finally
        {
            _one.Release();
        }
    }

    // A failed or unverifiable copy is an alert; the next good one is its recovery.
    public async Task<BackupOutcome> CreateAndReportAsync(CancellationToken cancellationToken)
    {
        var outcome = await CreateAsync(cancellationToken);
        if (outcome.Failure is { } failure && alerts is not null)
            await alerts.RaiseAsync(Operations.AlertKind.BackupFailed, failure, CancellationToken.None);
        return outcome;
    }

    // The verified copies in the folder, newest first.
    public IReadOnlyList<(string Path, DateTimeOffset At)> List() => BackupFiles.List(Folder, db.FilePath);

    private void Prune()
    {
        var all = List();
        var keep = BackupRetention.Keep(all.Select(b => (Path.GetFileName(b.Path), b.At)), calendar.Zone, options.Value.KeepDaily, options.Value.KeepWeekly);
        foreach (var (path, _) in all.Where(b => !keep.Contains(Path.GetFileName(b.Path))))
        {
            File.Delete(path);
            LogPruned(logger, Path.GetFileName(path));
        }
    }

    private BackupOutcome Fail(string why, string? partial)
    {
        if (partial is not null)
        {
            File.Delete(partial);
            File.Delete(NorthPoolDb.LogPath(partial));
        }
        LogFailed(logger, why);
        metrics?.Backup(verified: false, TimeSpan.Zero);
        return BackupOutcome.Failed(why);
    }

    private static async Task CopyAsync(string from, string to, long bytes, CancellationToken cancellationToken)
    {
        if (!File.Exists(from))
            return;
        await using var source = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        await using var target = new FileStream(to, FileMode.Create, FileAccess.Write, FileShare.None);
        var buffer = new byte[1 << 20];
        var left = bytes;
        int read;
        while (left > 0 && (read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), cancellationToken)) > 0)
        {
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            left -= read;
        }
        await target.FlushAsync(cancellationToken);
        target.Flush(flushToDisk: true);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup {Name} made: {Bytes} bytes, {Rows} rows, {Milliseconds} ms")]
    private static partial void LogMade(ILogger logger, string name, long bytes, long rows, long milliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup {Name} pruned")]
    private static partial void LogPruned(ILogger logger, string name);

    [LoggerMessage(Level = LogLevel.Error, Message = "Backup failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
