namespace NorthPool.Backups;

// One verified copy of the database: its file, the instant it stands for, its size, the rows of every collection
// (equal to the live store's at that instant) and how long it took.
public sealed record Backup(string FilePath, DateTimeOffset At, long Bytes, IReadOnlyDictionary<string, long> Counts, TimeSpan Took)
{
    public string Name => Path.GetFileName(FilePath);

    public long Rows => Counts.Values.Sum();
}

// What a backup attempt came to: the copy, or why there is none (nothing was pruned then).
public sealed record BackupOutcome(Backup? Made, string? Failure)
{
    public static BackupOutcome Failed(string why) => new(null, why);
}
