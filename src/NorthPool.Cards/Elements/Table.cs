using System.Text.Json.Serialization;

namespace NorthPool.Cards.Elements;

public sealed record Table(IReadOnlyList<TableColumnDefinition> Columns, IReadOnlyList<TableRow> Rows) : CardElement
{
    // The published 1.5 schema says "firstRowAsHeader"; every renderer reads the plural (shared/schemas/README.md).
    public bool? FirstRowAsHeaders { get; init; }
    public bool? ShowGridLines { get; init; }
    public ContainerStyle? GridStyle { get; init; }
}

public sealed record TableColumnDefinition(int Width);

public sealed record TableRow(IReadOnlyList<TableCell> Cells)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableRow";

    public ContainerStyle? Style { get; init; }
}

public sealed record TableCell(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type => "TableCell";

    public CardAction? SelectAction { get; init; }
}
