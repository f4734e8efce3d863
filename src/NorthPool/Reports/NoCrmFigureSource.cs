using Microsoft.Extensions.Options;

namespace NorthPool.Reports;

// Until the CRM issue lands: nothing recorded, so nothing but the configured target to show.
public sealed class NoCrmFigureSource(IOptions<ReportOptions> options) : ICrmFigureSource
{
    public CrmFigures Read(DateTimeOffset at, TimeZoneInfo zone) => CrmFigures.Empty(options.Value.MonthlyContractTargetWan);
}
