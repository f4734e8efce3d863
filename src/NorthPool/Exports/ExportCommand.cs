using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Pools;

namespace NorthPool.Exports;

// 导出 客户 | 合同 | 汇报: builds the sheet, keeps the workbook for a while and answers with a signed download link.
public sealed class ExportCommand(
    IEnumerable<IExportSheet> sheets, ExportFiles files, ExportLinks links, IServer server, IOptions<ExportOptions> options, PeriodCalendar calendar, TimeProvider timeProvider)
{
    public Reply Handle(VerbCall call)
    {
        var language = call.Context.Language;
        var word = CommandWords(call.Args);
        var sheet = sheets.FirstOrDefault(s => s.Words.Contains(word, StringComparer.OrdinalIgnoreCase));
        if (sheet is null)
            return new Reply(ExportTexts.Get(language, ExportText.Usage, string.Join("|", sheets.Select(s => language == Language.ZhCn ? s.Words[0] : s.Words[^1]))));

        var now = timeProvider.GetUtcNow();
        var table = sheet.Build(language, now);
        var name = $"{table.Name}_{calendar.Today(now).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx";
        var file = files.Add(name, ExportWorkbook.Write(table));
        var text = ExportTexts.Get(language, ExportText.Ready, name, table.Rows.Count, BaseUrl() + links.PathFor(file), options.Value.LinkMinutes);
        if (table.Capped)
            text += (language == Language.ZhCn ? "" : " ") + ExportTexts.Get(language, ExportText.Capped, ExportTable.MaxRows);
        return new Reply(text) { Language = language };
    }

    private static string CommandWords(string args) => args.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";

    private string BaseUrl()
    {
        if (!string.IsNullOrEmpty(options.Value.PublicUrl))
            return options.Value.PublicUrl.TrimEnd('/');
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:3978";
        return address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }
}
