namespace NorthPool.Imports;

// A file a member sent with 导入, downloaded.
public sealed record ImportFile(string Name, ImportFileKind Kind, byte[] Bytes);

// Why a message's file could not be had.
public enum ImportFileProblem
{
    None,
    NoFile,
    NotATable,
    HostNotAllowed,
    TooLarge,
    DownloadFailed,
}
