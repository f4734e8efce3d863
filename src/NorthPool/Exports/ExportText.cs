namespace NorthPool.Exports;

public enum ExportText
{
    Usage,
    Ready,
    Capped,
    Expired,
}
