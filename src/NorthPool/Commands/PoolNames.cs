using NorthPool.Localization;
using NorthPool.Pools;

namespace NorthPool.Commands;

// Pool codes and names from the catalog, and matching what a member types ("BD", "bd", "央企BD") to a code.
public sealed class PoolNames(Catalog catalog)
{
    public IReadOnlyList<string> Codes { get; } = catalog.Pools.Select(p => p.Code).ToList();

    private readonly Dictionary<string, int> _order = catalog.Pools.Select((p, i) => (p.Code, i)).ToDictionary(x => x.Code, x => x.i);

    // The pool's place in the catalog; unknown pools last.
    public int Order(string code) => _order.GetValueOrDefault(code, int.MaxValue);

    public string Name(string code, Language language)
    {
        var pool = catalog.Pools.FirstOrDefault(p => p.Code == code);
        return pool is null ? code : language == Language.ZhCn ? pool.NameZh : pool.NameEn;
    }

    // Without "任务池": "央企BD组长", "运营支持组长".
    public string ShortName(string code, Language language) => Name(code, language).Replace("任务池", "", StringComparison.Ordinal);

    public string? Match(string typed) =>
        catalog.Pools.FirstOrDefault(p => p.Code.Equals(typed, StringComparison.OrdinalIgnoreCase))?.Code
        ?? catalog.Pools.FirstOrDefault(p =>
            p.NameZh.Contains(typed, StringComparison.OrdinalIgnoreCase) || p.NameEn.Contains(typed, StringComparison.OrdinalIgnoreCase))?.Code;
}
