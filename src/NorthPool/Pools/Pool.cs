namespace NorthPool.Pools;

public sealed record Pool
{
    public string Code { get; init; } = "";
    public string NameZh { get; init; } = "";
    public string NameEn { get; init; } = "";
    public int QuotaMin { get; init; }
    public int QuotaMax { get; init; }
    public int SharePercent { get; init; }
}
