namespace NorthPool.Imports;

public enum ImportText
{
    Usage,
    NoFile,
    NotATable,
    HostNotAllowed,
    TooLarge,
    DownloadFailed,
    Unreadable,
    MissingHeader,
    TooManyRows,
    Empty,
    PreviewTitle,
    PreviewCounts,
    PreviewDuplicates,
    PreviewErrors,
    PreviewMore,
    PreviewNothingNew,
    PreviewConfirmHint,
    Confirm,
    Cancel,
    Imported,
    ImportedSkipped,
    Cancelled,
    Lapsed,
}
