using Microsoft.Extensions.Options;

namespace NorthPool.Backups;

public sealed class BackupOptions
{
    public const string Section = "Backups";

    // Where the copies go; empty = a "backups" folder beside the database file.
    public string Folder { get; set; } = "";

    // The daily backup's time in Reports:TimeZone; empty turns the schedule off (备份 still works).
    public string Time { get; set; } = "03:00";

    // The newest copy of each of the last KeepDaily days and of each of the last KeepWeekly ISO weeks is kept.
    public int KeepDaily { get; set; } = 7;

    public int KeepWeekly { get; set; } = 4;

    public TimeOnly? At => TimeOnly.TryParseExact(Time, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at) ? at : null;

    public string FolderFor(string databasePath) =>
        string.IsNullOrWhiteSpace(Folder) ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, "backups") : Path.GetFullPath(Folder);
}

public sealed class BackupOptionsValidator : IValidateOptions<BackupOptions>
{
    public ValidateOptionsResult Validate(string? name, BackupOptions options)
    {
        var result = new ValidateOptionsResultBuilder();
        const string S = BackupOptions.Section;
        if (!string.IsNullOrWhiteSpace(options.Time) && options.At is null)
            result.AddError($"{S}:Time must be a time of day as HH:mm (such as 03:00), or empty for no scheduled backup, was '{options.Time}'");
        if (options.KeepDaily is < 1 or > 366)
            result.AddError($"{S}:KeepDaily must be between 1 and 366, was {options.KeepDaily}");
        if (options.KeepWeekly is < 0 or > 520)
            result.AddError($"{S}:KeepWeekly must be between 0 and 520, was {options.KeepWeekly}");
        if (options.Folder.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            result.AddError($"{S}:Folder must be a folder path, was '{options.Folder}'");
        return result.Build();
    }
}
