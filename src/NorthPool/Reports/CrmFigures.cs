namespace NorthPool.Reports;

// What the CRM tells sections 三, 五, 六 and 七. A section the CRM has nothing for yet is null and says so, rather than
// show zeros that read as results ("本月完成: 0万" is not a month's performance when nothing was recorded).
public sealed record CrmFigures(
    decimal MonthTargetWan,
    SalesFigures? Sales,
    CustomerFigures? Customers,
    ProductFigures? Product,
    PartnerFigures? Partners)
{
    public static CrmFigures Empty(decimal monthlyTargetWan) => new(monthlyTargetWan, null, null, null, null);

    // 八's CRM part: what in the CRM needs someone's attention.
    public IReadOnlyList<CrmAlert> Alerts { get; init; } = [];

    // The open deals by stage, in the funnel's order (the dashboard's funnel); empty when there are none.
    public IReadOnlyList<FunnelStage> Funnel { get; init; } = [];
}

// Stage: the stage's name in Chinese and English, so a page in either language can show it.
public sealed record FunnelStage(string NameZh, string NameEn, int Deals, decimal AmountWan);

// Subject: who or what ("#C3 广东移动"); On: the date that passed or comes; Days: how long ago or how soon.
public sealed record CrmAlert(CrmAlertKind Kind, string Subject, DateOnly? On = null, int? Days = null, decimal? AmountWan = null);

public enum CrmAlertKind
{
    ReceivableOverdue,
    ContractEnding,
    KeyCustomerQuiet,
    DealPastClose,
}

// Amounts in 万 (10,000 CNY).
public sealed record SalesFigures(
    int ContractsToday, decimal ContractAmountToday, decimal ReceiptsToday,
    int ContractsThisWeek, decimal ContractAmountThisWeek, decimal ReceiptsThisWeek,
    decimal MonthDone)
{
    // The month-end landing forecast: MonthDone plus the weighted pipeline expected to close this month.
    public decimal? PipelineWan { get; init; }
}

// 五: the key customers with their last contact; null figures are ones the CRM does not keep yet (opportunities).
public sealed record CustomerFigures(
    int KeyAccounts, int ContactsThisWeek, int CustomersContactedThisWeek, IReadOnlyList<KeyCustomerLine> KeyCustomers,
    int? InNegotiation = null, int? ExpectedToSign = null);

public sealed record KeyCustomerLine(string Label, string Name, LastContact? Last);

public sealed record LastContact(DateTimeOffset At, string By, string Summary, string? NextStep, DateOnly? NextStepOn, int DaysAgo);

// 六: customers, then each product line's contracts this year (万), customers with one, open tickets by severity and
// tickets resolved this week. Renewal rate and satisfaction stay null until the CRM keeps them.
public sealed record ProductFigures(int ActiveCustomers, int NewCustomersToday, IReadOnlyList<ProductLineFigures> Lines, decimal? RenewalRatePercent, decimal? Satisfaction);

// Name null: contracts and tickets that name no product line.
public sealed record ProductLineFigures(
    string? Name, int Contracts, decimal ContractAmountWan, int Customers,
    int OpenUrgent, int OpenHigh, int OpenMedium, int OpenLow, int ResolvedThisWeek);

// 七: partners on file, new this month, contacted this week, and the open deals partners brought (万).
public sealed record PartnerFigures(int Total, int NewThisMonth, int ContactedThisWeek, int SourcedOpportunities, decimal SourcedAmountWan);

// The one seam the CRM fills.
public interface ICrmFigureSource
{
    CrmFigures Read(DateTimeOffset at, TimeZoneInfo zone);
}
