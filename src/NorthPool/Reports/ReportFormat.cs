using System.Globalization;
using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Tasks;

namespace NorthPool.Reports;

// How a report's figures read in either language: counts with units and ▲/▼ changes, 万 amounts, warning reasons.
public sealed class ReportFormat(PoolNames pools)
{
    public string Count(ReportNumber number, Language language, ReportText unit = ReportText.Count) =>
        ReportTexts.Get(language, unit, Plain(number.Value)) + Delta(number.Change);

    public static string Percent(ReportNumber number, Language language) =>
        ReportTexts.Get(language, ReportText.Percent, Plain(number.Value)) + Delta(number.Change);

    public static string Wan(decimal amount, Language language) => ReportTexts.Get(language, ReportText.Wan, Plain(amount));

    public static string Delta(decimal? change) => change switch
    {
        > 0 => $" ▲{Plain(change.Value)}",
        < 0 => $" ▼{Plain(-change.Value)}",
        _ => "",
    };

    public static string Alert(CrmAlert alert, Language language)
    {
        var on = alert.On?.ToString("MM-dd", CultureInfo.InvariantCulture);
        return alert.Kind switch
        {
            CrmAlertKind.ReceivableOverdue => ReportTexts.Get(language, ReportText.AlertReceivableOverdue, alert.Subject, Wan(alert.AmountWan ?? 0, language), on, alert.Days),
            CrmAlertKind.ContractEnding => ReportTexts.Get(language, ReportText.AlertContractEnding, alert.Subject, on, alert.Days),
            CrmAlertKind.KeyCustomerQuiet when alert.Days is null => ReportTexts.Get(language, ReportText.AlertKeyCustomerNeverContacted, alert.Subject),
            CrmAlertKind.KeyCustomerQuiet => ReportTexts.Get(language, ReportText.AlertKeyCustomerQuiet, alert.Subject, alert.Days),
            _ => ReportTexts.Get(language, ReportText.AlertDealPastClose, alert.Subject, on, alert.Days),
        };
    }

    public static string Plain(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    // Section 一's label for a pool: "央企BD任务" from 央企BD任务池, the English pool name otherwise.
    public string PoolLabel(string code, Language language)
    {
        var name = pools.Name(code, language);
        return language == Language.ZhCn ? ReportTexts.Get(language, ReportText.PoolTasks, name.Replace("任务池", "", StringComparison.Ordinal)) : name;
    }

    public string KeyTask(TaskInstance task, Language language)
    {
        var detail = task.ProgressNote ?? ReportTexts.Get(language, ReportText.ProgressPercent, task.Progress);
        if (task.Quota is { } quota)
            detail = quota.IsMet ? $"{quota} · {detail}" : ReportTexts.Get(language, ReportText.QuotaLeft, quota, quota.Remaining, quota.Unit);
        return $"{TaskLabel.Of(task)} - {Texts.State(language, task.State)} - {detail}";
    }

    public string Warning(ReportWarning warning, Language language, TimeZoneInfo zone)
    {
        var reason = warning.Rule switch
        {
            WarningRule.DueSoon => ReportTexts.Get(language, ReportText.RuleDueSoon, Plain(warning.Value)),
            WarningRule.Overdue => ReportTexts.Get(language, ReportText.RuleOverdue, Plain(warning.Value)),
            WarningRule.PausedTooLong => ReportTexts.Get(language, ReportText.RulePausedTooLong, Plain(warning.Value), Plain(warning.Limit)),
            WarningRule.Untouched => ReportTexts.Get(language, ReportText.RuleUntouched, Plain(warning.Value), Plain(warning.Limit), Local(warning.Since!.Value, zone, "MM-dd HH:mm")),
            WarningRule.Unclaimed => ReportTexts.Get(language, ReportText.RuleUnclaimed, Plain(warning.Value), Plain(warning.Limit), Local(warning.Since!.Value, zone, "MM-dd HH:mm")),
            WarningRule.PoolBelowMinimum => ReportTexts.Get(language, ReportText.RulePoolBelowMinimum, pools.Name(warning.Pool!, language), Plain(warning.Value), Plain(warning.Limit)),
            _ => ReportTexts.Get(language, ReportText.RuleTooFewInFlight, Plain(warning.Value), Plain(warning.Limit)),
        };
        return warning.TaskId is null ? reason : $"[{warning.TaskId}] {warning.TaskTitle} - {reason}";
    }

    // The notices under a report's header for the slots before it that did not get through, naming each slot's time
    // (with its date when it was not the report's day).
    public static IEnumerable<string> Undelivered(ProgressReport report, Language language, TimeZoneInfo zone)
    {
        var day = WarningRules.DayOf(report.At, zone);
        string Times(IEnumerable<UndeliveredSlot> slots) => string.Join(language.ListSeparator(), slots.Select(s =>
            Local(s.Slot, zone, WarningRules.DayOf(s.Slot, zone) == day ? "HH:mm" : "MM-dd HH:mm")));
        if (report.Undelivered.Where(s => !s.Interrupted).ToList() is { Count: > 0 } failed)
            yield return ReportTexts.Get(language, ReportText.UndeliveredFailed, Times(failed));
        if (report.Undelivered.Where(s => s.Interrupted).ToList() is { Count: > 0 } interrupted)
            yield return ReportTexts.Get(language, ReportText.UndeliveredInterrupted, Times(interrupted));
    }

    private static string Local(DateTimeOffset instant, TimeZoneInfo zone, string format) =>
        TimeZoneInfo.ConvertTime(instant, zone).ToString(format, CultureInfo.InvariantCulture);

    public static string DueLine(TaskInstance task, Language language, TimeZoneInfo zone) =>
        $"{TaskLabel.Of(task)} - {ReportTexts.Get(language, ReportText.DueOn, TimeZoneInfo.ConvertTime(task.DueAt!.Value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))}";
}
