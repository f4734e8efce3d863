namespace NorthPool.Exports;

// A sheet's rows: decimals stay numbers, DateOnly and DateTime become Excel dates, the rest text. Capped is set when
// there were more rows than a workbook takes (ExportTable.MaxRows) and only the first are in it.
public sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows)
{
    public const int MaxRows = 50_000;

    public bool Capped { get; init; }
}
