using NorthPool.Localization;
using NorthPool.Members;

namespace NorthPool.Imports;

// One kind of thing 导入 reads from a file (客户). A feature registers its own with AddImportSheet. Check reads the
// table and the store and writes nothing; Commit writes what Check found new, checking again inside its unit of work.
public interface IImportSheet
{
    // The words that name it after 导入 / import, Chinese first.
    IReadOnlyList<string> Words { get; }

    // The headers a file must have: each set lists the names accepted for one column, the first shown in Chinese and
    // the last in English when it is missing.
    IReadOnlyList<string[]> RequiredHeaders { get; }

    ImportPreview Check(ImportTable table, Member member, Language language);

    Task<ImportOutcome> CommitAsync(ImportPreview preview, Member member, string? activityId, CancellationToken cancellationToken);
}

// What a dry run found: the rows that would be added (Payload, the sheet's own records), the duplicates and the rows
// with errors, each with its row number as the spreadsheet shows it and why.
public sealed record ImportPreview(int Rows, int New, IReadOnlyList<ImportIssue> Duplicates, IReadOnlyList<ImportIssue> Errors, object Payload);

public sealed record ImportIssue(int Row, string Name, string Why);

// What a confirmed import did: Skipped are those another member added between the dry run and the confirmation.
public sealed record ImportOutcome(int Imported, IReadOnlyList<ImportIssue> Skipped);
