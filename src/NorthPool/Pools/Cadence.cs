namespace NorthPool.Pools;

// How often a template's work comes round (the catalog's 执行频率). The first six are periods: a template with one of
// them has exactly one instance per period. Continuous work has one long-running instance; the last three are
// started on demand.
public enum Cadence
{
    Day,
    Week,
    Month,
    Quarter,
    HalfYear,
    Year,
    Continuous,
    OnDemand,
    PerProject,
    PerCustomer,
}

public static class CadenceExtensions
{
    public static bool IsPeriodic(this Cadence cadence) => cadence <= Cadence.Year;

    public static bool StartsOnDemand(this Cadence cadence) => cadence >= Cadence.OnDemand;
}
