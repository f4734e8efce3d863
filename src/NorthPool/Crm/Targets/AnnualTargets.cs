using System.Text.Json;
using NorthPool.Pools;
using NorthPool.Storage;

namespace NorthPool.Crm;

// The six annual targets from the catalog (annual_targets), each replaced for a year by an admin's setting if any.
public sealed class AnnualTargets(IReadOnlyList<AnnualTarget> shipped, NorthPoolDb db)
{
    private static readonly Dictionary<string, string> English = new()
    {
        ["contract_amount"] = "Contract amount", ["receipt_amount"] = "Receipts", ["active_customers"] = "Active customers",
        ["renewal_rate"] = "Renewal rate", ["partners"] = "Partners", ["product_revenue"] = "Product revenue",
    };

    public IReadOnlyList<AnnualTarget> Shipped => shipped;

    public IReadOnlyList<AnnualTarget> For(int year) =>
    [
        .. shipped.Select(t => db.TargetSettings.FindById(TargetSetting.Key(t.Metric, year)) is { } set ? t with { Value = set.Value } : t),
    ];

    // An admin's target for the month, if one is set (money targets only).
    public decimal? Month(string metric, int year, int month) => db.TargetSettings.FindById(TargetSetting.Key(metric, year, month))?.Value;

    public AnnualTarget? ByWord(string word) =>
        shipped.FirstOrDefault(t => t.NameZh.Equals(word, StringComparison.Ordinal) || t.NameZh.TrimEnd('数') == word
            || t.Metric.Equals(word, StringComparison.OrdinalIgnoreCase) || t.NameEn.Replace(" ", "-", StringComparison.Ordinal).Equals(word, StringComparison.OrdinalIgnoreCase));

    public static AnnualTargets Load(string catalogPath, NorthPoolDb db)
    {
        using var stream = File.OpenRead(catalogPath);
        using var json = JsonDocument.Parse(stream);
        try
        {
            return new AnnualTargets(Read(json, catalogPath), db);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or KeyNotFoundException)
        {
            throw new InvalidDataException($"The catalog {catalogPath} has an annual target that cannot be read ({ex.Message}); restore it from the release.", ex);
        }
    }

    private static List<AnnualTarget> Read(JsonDocument json, string catalogPath)
    {
        var targets = new List<AnnualTarget>();
        if (json.RootElement.TryGetProperty("annual_targets", out var list))
        {
            foreach (var item in list.EnumerateArray())
            {
                var metric = item.GetProperty("metric").GetString() ?? throw new InvalidDataException($"The catalog {catalogPath} has an annual target without a metric; restore it from the release.");
                var name = item.TryGetProperty("name_zh", out var n) ? n.GetString() ?? metric : metric;
                var owner = item.TryGetProperty("owner_zh", out var o) ? o.GetString() : null;
                var (kind, value) = item.TryGetProperty("target_wan", out var wan) ? (TargetKind.Money, wan.GetDecimal() * Amount.Wan)
                    : item.TryGetProperty("target_percent_min", out var pct) ? (TargetKind.MinPercent, pct.GetDecimal())
                    : item.TryGetProperty("target", out var count) ? (TargetKind.Count, count.GetDecimal())
                    : throw new InvalidDataException($"The catalog {catalogPath} gives annual target '{metric}' no value; restore it from the release.");
                targets.Add(new AnnualTarget(metric, name, English.GetValueOrDefault(metric, metric), kind, value, owner));
            }
        }
        return targets;
    }
}
