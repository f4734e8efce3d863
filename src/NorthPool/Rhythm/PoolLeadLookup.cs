using Microsoft.Extensions.Options;
using NorthPool.Reports;

namespace NorthPool.Rhythm;

// Who leads a pool: for now Reports:PoolLeads (pool code → Teams user id); the roles store will answer this later.
public sealed class PoolLeadLookup(IOptionsMonitor<ReportOptions> options)
{
    public IReadOnlyList<string> LeadsOf(string poolCode) =>
        options.CurrentValue.PoolLeads.TryGetValue(poolCode, out var lead) && !string.IsNullOrWhiteSpace(lead) ? [lead] : [];
}
