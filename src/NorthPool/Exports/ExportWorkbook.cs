using MiniExcelLibs;

namespace NorthPool.Exports;

// An ExportTable as .xlsx bytes, written by MiniExcel: one sheet, the headers as its first row.
public static class ExportWorkbook
{
    public static byte[] Write(ExportTable table)
    {
        var rows = table.Rows.Select(row =>
        {
            var values = new Dictionary<string, object?>(table.Headers.Count);
            for (var i = 0; i < table.Headers.Count; i++)
                values[table.Headers[i]] = row[i] is DateOnly day ? day.ToDateTime(TimeOnly.MinValue) : row[i];
            return values;
        }).ToList();
        using var stream = new MemoryStream();
        if (rows.Count == 0)
        {
            // Nothing to list: the headers alone.
            var empty = new System.Data.DataTable(table.Name);
            foreach (var header in table.Headers)
                empty.Columns.Add(header);
            stream.SaveAs(empty, sheetName: table.Name);
        }
        else
        {
            stream.SaveAs(rows, sheetName: table.Name);
        }
        return stream.ToArray();
    }
}
