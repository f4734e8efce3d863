using NorthPool.Localization;

namespace NorthPool.Reports;

// The line a report opens with. The chairman's instructions (a later slice) fill it; until then there is none.
public sealed class ReportOpening
{
    public string? For(Language language) => null;
}
