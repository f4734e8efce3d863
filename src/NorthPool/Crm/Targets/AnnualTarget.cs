namespace NorthPool.Crm;

// One of the plan's §12.4 annual targets (合同额 1000万 …), as shipped in the catalog or set by an admin for a year.
public sealed record AnnualTarget(string Metric, string NameZh, string NameEn, TargetKind Kind, decimal Value, string? OwnerZh);

public enum TargetKind
{
    // Yuan, shown in 万.
    Money,
    Count,

    // A rate that must stay at or above the value.
    MinPercent,
}
