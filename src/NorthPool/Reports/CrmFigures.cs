namespace NorthPool.Reports;

// What the CRM tells sections 三, 五, 六 and 七. Until the CRM exists the stores hold nothing: zeros, and
// HasData false so 五–七 say 暂无数据 rather than show invented numbers.
public sealed record CrmFigures(
    bool HasData,
    SalesFigures Sales,
    CustomerFigures Customers,
    ProductFigures Product,
    PartnerFigures Partners)
{
    public static CrmFigures Empty(decimal monthlyTargetWan) => new(
        false,
        new SalesFigures(0, 0, 0, 0, 0, 0, monthlyTargetWan, 0),
        new CustomerFigures(0, 0, 0, 0),
        new ProductFigures(0, 0, null, null),
        new PartnerFigures(0, 0, 0));
}

// Amounts in 万 (10,000 CNY).
public sealed record SalesFigures(
    int ContractsToday, decimal ContractAmountToday, decimal ReceiptsToday,
    int ContractsThisWeek, decimal ContractAmountThisWeek, decimal ReceiptsThisWeek,
    decimal MonthTarget, decimal MonthDone);

public sealed record CustomerFigures(int KeyAccounts, int VisitsThisWeek, int InNegotiation, int ExpectedToSign);

public sealed record ProductFigures(int ActiveCustomers, int NewCustomersToday, decimal? RenewalRatePercent, decimal? Satisfaction);

public sealed record PartnerFigures(int Total, int NewThisMonth, decimal ContractAmount);

// The one seam the CRM will fill.
public interface ICrmFigureSource
{
    CrmFigures Read(DateTimeOffset at, TimeZoneInfo zone);
}
