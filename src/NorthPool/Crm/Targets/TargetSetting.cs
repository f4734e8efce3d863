namespace NorthPool.Crm;

// An admin's target for one metric and a year (目标 合同额 2027 1200万) or a month (目标 合同额 2026-12 120万), kept in
// the store.
public sealed record TargetSetting
{
    public string Id { get; init; } = "";
    public decimal Value { get; init; }
    public string ById { get; init; } = "";
    public DateTimeOffset At { get; init; }

    public static string Key(string metric, int year) => $"{metric}|{year}";

    public static string Key(string metric, int year, int month) => $"{metric}|{year}-{month:D2}";
}
