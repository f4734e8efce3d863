namespace NorthPool.Crm;

// An admin's target for one metric and year (目标 合同额 2027 1200万), kept in the store.
public sealed record TargetSetting
{
    public string Id { get; init; } = "";
    public decimal Value { get; init; }
    public string ById { get; init; } = "";
    public DateTimeOffset At { get; init; }

    public static string Key(string metric, int year) => $"{metric}|{year}";
}
