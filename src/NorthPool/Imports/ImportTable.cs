using System.Globalization;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Csv;

namespace NorthPool.Imports;

// A spreadsheet's first sheet as text: its headers (trimmed) and its rows, each cell as the text a person sees.
// Row numbers are the spreadsheet's (the header is row 1). Blank rows are left out.
public sealed record ImportTable(IReadOnlyList<string> Headers, IReadOnlyList<ImportRow> Rows)
{
    static ImportTable() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public bool Has(string[] names) => names.Any(n => Headers.Contains(n, StringComparer.OrdinalIgnoreCase));

    // Reads an .xlsx or a .csv (UTF-8, with or without BOM, or GB18030 as Excel saves CSV on Chinese Windows).
    // Null when the bytes are not a table of that kind.
    public static ImportTable? Read(byte[] bytes, ImportFileKind kind, int maxRows)
    {
        try
        {
            using var stream = kind == ImportFileKind.Csv ? new MemoryStream(Encoding.UTF8.GetBytes(CsvText(bytes))) : new MemoryStream(bytes, writable: false);
            var configuration = kind == ImportFileKind.Csv ? new CsvConfiguration { StreamReaderFunc = s => new StreamReader(s, Encoding.UTF8) } : null;
            var rows = new List<ImportRow>();
            IReadOnlyList<string>? headers = null;
            var number = 1;
            foreach (IDictionary<string, object?> raw in stream.Query(useHeaderRow: true, excelType: kind == ImportFileKind.Csv ? ExcelType.CSV : ExcelType.XLSX, configuration: configuration))
            {
                number++;
                headers ??= raw.Keys.Select(k => k.Trim()).ToList();
                var cells = raw.ToDictionary(p => p.Key.Trim(), p => Text(p.Value), StringComparer.OrdinalIgnoreCase);
                if (cells.Values.All(v => v.Length == 0))
                    continue;
                if (rows.Count == maxRows)
                    return new ImportTable(headers, rows) { Capped = true };
                rows.Add(new ImportRow(number, cells));
            }
            return new ImportTable(headers ?? HeadersOnly(bytes, kind), rows);
        }
        // The file is whatever a member sent: anything the reader throws on it means "not a table of that kind".
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    // More rows than allowed: the table holds the first ones and the import is refused.
    public bool Capped { get; init; }

    private static IReadOnlyList<string> HeadersOnly(byte[] bytes, ImportFileKind kind)
    {
        using var stream = kind == ImportFileKind.Csv ? new MemoryStream(Encoding.UTF8.GetBytes(CsvText(bytes))) : new MemoryStream(bytes, writable: false);
        var first = stream.Query(useHeaderRow: false, excelType: kind == ImportFileKind.Csv ? ExcelType.CSV : ExcelType.XLSX).FirstOrDefault() as IDictionary<string, object?>;
        return first?.Values.Select(Text).Where(t => t.Length > 0).ToList() ?? [];
    }

    private static string CsvText(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime date => date.TimeOfDay == TimeSpan.Zero ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
    };
}

public sealed record ImportRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    // The first of these columns that the file has and that is filled in.
    public string? Get(string[] names) => names.Select(n => Cells.TryGetValue(n, out var v) && v.Length > 0 ? v : null).FirstOrDefault(v => v is not null);
}

public enum ImportFileKind
{
    Xlsx,
    Csv,
}
