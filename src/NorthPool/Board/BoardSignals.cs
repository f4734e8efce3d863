using NorthPool.Reports;

namespace NorthPool.Board;

// What decides a task's column besides its state: the report's warnings on it (异常) and a customer's next step due
// on it (客户跟进). Read once per board, not per card.
public sealed record BoardSignals(IReadOnlyDictionary<string, ReportWarning> Warnings, IReadOnlyDictionary<string, DateOnly> CustomerStepsDue)
{
    public static readonly BoardSignals None = new(new Dictionary<string, ReportWarning>(), new Dictionary<string, DateOnly>());

    // The report's 八 异常预警 rules that mean trouble now; DueSoon is a heads-up about a task still on track, and the
    // pool-wide rules are about no one task.
    public static bool IsTrouble(WarningRule rule) => rule is WarningRule.Overdue or WarningRule.PausedTooLong or WarningRule.Untouched or WarningRule.Unclaimed;
}
