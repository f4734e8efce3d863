using NorthPool.Imports;
using NorthPool.Localization;
using NorthPool.Members;

namespace NorthPool.Crm;

// 导入 客户: the columns 导出 客户 writes (名称, 别名, 行业, 级别, 区域, 状态, 重点客户; Chinese or English headers,
// values as shown in either language or as typed in chat). Only 名称 is required: 行业 defaults to 其他, 级别 to 省级, as
// in chat. A name or alias already on file, or earlier in the file, is a duplicate; the importer owns the new ones.
public sealed class CustomerImport(CustomerDirectory directory, CustomerStore customers, TimeProvider timeProvider) : IImportSheet
{
    private static readonly string[] NameColumn = ["名称", "客户名称", "客户", "客户名", "公司名称", "单位名称", "Customer", "Name"];
    private static readonly string[] AliasColumn = ["别名", "Aliases"];
    private static readonly string[] IndustryColumn = ["行业", "Industry"];
    private static readonly string[] LevelColumn = ["级别", "Level"];
    private static readonly string[] RegionColumn = ["区域", "地区", "Region"];
    private static readonly string[] StatusColumn = ["状态", "Status"];
    private static readonly string[] KeyColumn = ["重点客户", "重点", "Key customer"];
    private static readonly string[] YesWords = ["是", "重点", "yes", "y", "true", "1", "√", "✓"];
    private static readonly string[] NoWords = ["否", "no", "n", "false", "0"];

    public IReadOnlyList<string> Words { get; } = ["客户", "customers", "customer"];

    public IReadOnlyList<string[]> RequiredHeaders { get; } = [NameColumn];

    public ImportPreview Check(ImportTable table, Member member, Language language)
    {
        string T(CrmText id, params object?[] args) => CrmTexts.Get(language, id, args);
        var onFile = new Dictionary<string, CustomerName>(StringComparer.Ordinal);
        foreach (var known in directory.All)
            foreach (var key in known.Keys)
                onFile.TryAdd(key, known);
        var inFile = new Dictionary<string, int>(StringComparer.Ordinal);
        var (added, duplicates, errors) = (new List<Customer>(), new List<ImportIssue>(), new List<ImportIssue>());
        var now = timeProvider.GetUtcNow();

        foreach (var row in table.Rows)
        {
            var name = row.Get(NameColumn);
            if (name is null)
            {
                errors.Add(new ImportIssue(row.Number, "", T(CrmText.ImportNoName)));
                continue;
            }
            if (name.Length > FormField.MaxText)
            {
                errors.Add(new ImportIssue(row.Number, name[..20] + "…", T(CrmText.ImportTooLong, FormField.MaxText)));
                continue;
            }
            var industry = Parse(row.Get(IndustryColumn), Industry.Other, CrmWords.Industry, CrmTexts.Of);
            var level = Parse(row.Get(LevelColumn), CustomerLevel.Province, CrmWords.Level, CrmTexts.Of);
            var status = Parse(row.Get(StatusColumn), CustomerStatus.Prospect, _ => null, CrmTexts.Of);
            var key = row.Get(KeyColumn) is not { } flag ? false : YesWords.Contains(flag, StringComparer.OrdinalIgnoreCase) ? true : NoWords.Contains(flag, StringComparer.OrdinalIgnoreCase) ? false : (bool?)null;
            var why = industry is null ? T(CrmText.ImportBadValue, T(CrmText.CardIndustry), row.Get(IndustryColumn), Titles<Industry>(language, CrmTexts.Of))
                : level is null ? T(CrmText.ImportBadValue, T(CrmText.CardLevel), row.Get(LevelColumn), Titles<CustomerLevel>(language, CrmTexts.Of))
                : status is null ? T(CrmText.ImportBadValue, T(CrmText.CardStatus), row.Get(StatusColumn), Titles<CustomerStatus>(language, CrmTexts.Of))
                : key is null ? T(CrmText.ImportBadValue, T(CrmText.CardKey), row.Get(KeyColumn), language == Language.ZhCn ? "是、否" : "Yes, No")
                : null;
            if (why is not null)
            {
                errors.Add(new ImportIssue(row.Number, name, why));
                continue;
            }

            var customer = new Customer
            {
                Name = name, Aliases = Aliases(row.Get(AliasColumn), name), Industry = industry!.Value, Level = level!.Value, Status = status!.Value,
                Region = row.Get(RegionColumn), IsKey = key!.Value, OwnerId = member.Id, OwnerName = member.Name, CreatedAt = now, UpdatedAt = now,
            };
            if (customer.Keys.Select(k => onFile.GetValueOrDefault(k)).FirstOrDefault(c => c is not null) is { } existing)
            {
                duplicates.Add(new ImportIssue(row.Number, name, T(CrmText.ImportExists, $"C{existing.Id}", existing.Name)));
                continue;
            }
            if (customer.Keys.Select(k => inFile.TryGetValue(k, out var earlier) ? earlier : 0).FirstOrDefault(r => r > 0) is var first and > 0)
            {
                duplicates.Add(new ImportIssue(row.Number, name, T(CrmText.ImportRepeated, first)));
                continue;
            }
            foreach (var k in customer.Keys)
                inFile.TryAdd(k, row.Number);
            added.Add(customer);
        }
        return new ImportPreview(table.Rows.Count, added.Count, duplicates, errors, added);
    }

    public async Task<ImportOutcome> CommitAsync(ImportPreview preview, Member member, string? activityId, CancellationToken cancellationToken)
    {
        var (imported, skipped) = await customers.ImportAsync((IReadOnlyList<Customer>)preview.Payload, member, activityId, cancellationToken);
        return new ImportOutcome(imported, skipped.Select(c => new ImportIssue(0, c.Name, "")).ToList());
    }

    // A cell's value as typed in chat (通信, telecom) or as shown in either language (Provincial); the default when empty.
    private static T? Parse<T>(string? cell, T empty, Func<string, T?> typed, Func<Language, T, string> title) where T : struct, Enum =>
        cell is null ? empty
        : typed(cell) ?? Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => string.Equals(title(Language.ZhCn, v!.Value), cell, StringComparison.OrdinalIgnoreCase)
            || string.Equals(title(Language.EnUs, v!.Value), cell, StringComparison.OrdinalIgnoreCase));

    private static string Titles<T>(Language language, Func<Language, T, string> title) where T : struct, Enum =>
        string.Join(language.ListSeparator(), Enum.GetValues<T>().Select(v => title(language, v)));

    private static List<string> Aliases(string? cell, string name) =>
        CustomerNames.SplitAliases(cell).Where(a => a != name && a.Length <= FormField.MaxText).Distinct().ToList();
}
