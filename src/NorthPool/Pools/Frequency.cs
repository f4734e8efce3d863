namespace NorthPool.Pools;

// The catalog's 执行频率 as data: "每周3家" is Week, 3, 家; "季度" is Quarter, 1, no unit. A unit and a count of two or
// more make the template a quota: each instance counts units toward Count. "每月1次" is simply one piece of work a month.
public sealed record Frequency
{
    public Cadence Period { get; init; }
    public int? Count { get; init; }
    public string? Unit { get; init; }

    public bool IsQuota => Unit is not null && Count is >= 2;
}
