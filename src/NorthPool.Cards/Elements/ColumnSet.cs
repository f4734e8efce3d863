using System.Text.Json.Serialization;

namespace NorthPool.Cards.Elements;

public sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement
{
    public ContainerStyle? Style { get; init; }
    public CardAction? SelectAction { get; init; }
}

// Width is "auto", "stretch", a weight ("2") or pixels ("50px").
public sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type => "Column";

    public string? Width { get; init; }
    public VerticalAlignment? VerticalContentAlignment { get; init; }
    public ContainerStyle? Style { get; init; }
    public CardAction? SelectAction { get; init; }
    public Spacing? Spacing { get; init; }
}
