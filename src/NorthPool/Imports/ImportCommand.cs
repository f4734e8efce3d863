using Microsoft.Extensions.Options;
using NorthPool.Cards;
using NorthPool.Commands;
using NorthPool.Localization;

namespace NorthPool.Imports;

// 导入 客户 with an .xlsx or .csv attached: a dry run first (new rows, duplicates, rows with errors and why), kept
// for its confirmation; 导入 确认 <id> (the card's button) writes it, 导入 取消 <id> drops it. A file that cannot be
// fetched or read, lacks a required column or has too many rows changes nothing and says why.
public sealed class ImportCommand(IEnumerable<IImportSheet> sheets, ImportDownloads downloads, PendingImports pending, IOptions<ImportOptions> options)
{
    public const string Verb = "import";
    public static readonly string[] ConfirmWords = ["确认", "confirm"];
    public static readonly string[] CancelWords = ["取消", "cancel"];

    public async Task<Reply> HandleAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var (context, language) = (call.Context, call.Context.Language);
        var words = call.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words is [var decision, var id] && (Is(decision, ConfirmWords) || Is(decision, CancelWords)))
            return await DecideAsync(id, confirm: Is(decision, ConfirmWords), context, cancellationToken);

        var all = sheets.ToList();
        var sheet = words.Length == 0 && all.Count == 1 ? all[0] : all.FirstOrDefault(s => words.Length > 0 && Is(words[0], [.. s.Words]));
        if (sheet is null)
            return Say(language, ImportText.Usage, string.Join("|", all.Select(s => SheetWord(s, language))));
        if (context.Activity is not { } activity)
            return Say(language, ImportText.NoFile, SheetWord(sheet, language));

        var (file, problem) = await downloads.DownloadAsync(activity, cancellationToken);
        if (file is null)
        {
            return problem switch
            {
                ImportFileProblem.NotATable => Say(language, ImportText.NotATable),
                ImportFileProblem.HostNotAllowed => Say(language, ImportText.HostNotAllowed),
                ImportFileProblem.TooLarge => Say(language, ImportText.TooLarge, options.Value.MaxFileKilobytes),
                ImportFileProblem.DownloadFailed => Say(language, ImportText.DownloadFailed),
                _ => Say(language, ImportText.NoFile, SheetWord(sheet, language)),
            };
        }

        var table = ImportTable.Read(file.Bytes, file.Kind, options.Value.MaxRows);
        if (table is null)
            return Say(language, ImportText.Unreadable, file.Name, file.Kind == ImportFileKind.Csv ? "CSV" : "Excel (.xlsx)");
        if (table.Capped)
            return Say(language, ImportText.TooManyRows, file.Name, options.Value.MaxRows);
        if (sheet.RequiredHeaders.FirstOrDefault(h => !table.Has(h)) is { } missing)
            return Say(language, ImportText.MissingHeader, file.Name, language == Language.ZhCn ? missing[0] : missing[^1],
                string.Join(language.ListSeparator(), sheet.RequiredHeaders.Select(h => language == Language.ZhCn ? h[0] : h[^1])));
        if (table.Rows.Count == 0)
            return Say(language, ImportText.Empty, file.Name);

        var preview = sheet.Check(table, context.Member, language);
        var kept = preview.New > 0 ? pending.Add(sheet, file.Name, context.Member.Id, preview) : null;
        var card = ImportCardBuilder.Preview(file.Name, preview, kept, options.Value.PendingMinutes, language);
        var text = ImportTexts.Get(language, ImportText.PreviewTitle, file.Name) + " · "
            + ImportTexts.Get(language, ImportText.PreviewCounts, preview.Rows, preview.New, preview.Duplicates.Count, preview.Errors.Count);
        return new Reply(text) { Language = language, Card = card };
    }

    private async Task<Reply> DecideAsync(string id, bool confirm, CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (pending.Take(id, context.Member.Id) is not { } kept)
            return Done(language, ImportTexts.Get(language, ImportText.Lapsed));
        if (!confirm)
            return Done(language, ImportTexts.Get(language, ImportText.Cancelled, kept.FileName));

        var outcome = await kept.Sheet.CommitAsync(kept.Preview, context.Member, context.ActivityId, cancellationToken);
        var text = ImportTexts.Get(language, ImportText.Imported, kept.FileName, outcome.Imported);
        if (outcome.Skipped.Count > 0)
            text += (language == Language.ZhCn ? "" : " ") + ImportTexts.Get(language, ImportText.ImportedSkipped, outcome.Skipped.Count,
                string.Join(language.ListSeparator(), outcome.Skipped.Take(ImportCardBuilder.MaxListed).Select(s => s.Name)));
        return Done(language, text);
    }

    private static Reply Done(Language language, string text) => new(text) { Language = language, Card = AdaptiveCard.Saying(text) };

    private static Reply Say(Language language, ImportText id, params object?[] args) => new(ImportTexts.Get(language, id, args)) { Language = language };

    private static string SheetWord(IImportSheet sheet, Language language) => language == Language.ZhCn ? sheet.Words[0] : sheet.Words[^1];

    private static bool Is(string word, string[] words) => words.Contains(word, StringComparer.OrdinalIgnoreCase);
}
