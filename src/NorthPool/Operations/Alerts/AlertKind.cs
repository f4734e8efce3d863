namespace NorthPool.Operations;

// What can go wrong while nobody watches, each sent to the admins' alert channel at most once an hour.
public enum AlertKind
{
    ReportUndelivered,
    ConnectorRefused,
    BackupFailed,
    DiskLow,
    WriterBehind,
    CrashRestart,
}
