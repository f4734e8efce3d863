using System.Globalization;
using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Pools;

namespace NorthPool.Crm;

// 目标: the year's targets against what is done and the part of the year gone, and the month-end forecast.
// 目标 合同额 2027 1200万 (admins): a target for a year; 目标 合同额 2026-12 120万: a money target for a month (the
// month's 合同额 is the one the report's 三 measures against).
public sealed class TargetsCommand(AnnualTargets targets, TargetProgress progress, TargetStore store, PeriodCalendar calendar, TimeProvider timeProvider)
{
    public async Task<Reply> HandleAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var (context, language) = (call.Context, call.Context.Language);
        var words = CrmArgs.Words(call.Args);
        var now = timeProvider.GetUtcNow();
        var today = calendar.Today(now);
        if (words.Count == 0)
            return Show(today, language);
        if (!context.Member.IsAdmin)
            return CrmTexts.Reply(language, CrmText.TargetAdminsOnly);
        if (words.Count != 3 || Period(words[1]) is not { } period)
            return CrmTexts.Reply(language, CrmText.TargetSetUsage);
        var (year, month) = period;
        if (targets.ByWord(words[0]) is not { } target)
            return CrmTexts.Reply(language, CrmText.TargetUnknownMetric, words[0], string.Join(language.ListSeparator(), targets.Shipped.Select(t => Name(t, language))));
        if (month is not null && target.Kind != TargetKind.Money)
            return CrmTexts.Reply(language, CrmText.TargetMonthMoneyOnly, Name(target, language));
        if (Value(target, words[2]) is not { } value)
            return CrmTexts.Reply(language, CrmText.TargetBadValue, words[2]);

        await store.SetAsync(target.Metric, year, month, value, context.Member, now, context.ActivityId, cancellationToken);
        return month is { } m
            ? CrmTexts.Reply(language, CrmText.TargetSetMonth, $"{year}-{m:D2}", Name(target, language), Shown(target, value, language))
            : CrmTexts.Reply(language, CrmText.TargetSet, year, Name(target, language), Shown(target with { Value = value }, value, language));
    }

    // 2027 → (2027, null); 2026-12 → (2026, 12).
    private static (int Year, int? Month)? Period(string word)
    {
        var parts = word.Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
            return null;
        if (parts.Length == 1)
            return (year, null);
        return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12 ? (year, month) : null;
    }

    private Reply Show(DateOnly today, Language language)
    {
        var standings = progress.Standings(today);
        var lines = standings.Select(s => "- " + (s.Actual is not { } actual
            ? CrmTexts.Get(language, CrmText.TargetNoData, Name(s.Target, language), Shown(s.Target, s.Target.Value, language))
            : CrmTexts.Get(language, CrmText.TargetLine, Name(s.Target, language), Shown(s.Target, s.Target.Value, language), Shown(s.Target, actual, language),
                s.CompletionPercent?.ToString("0.0", CultureInfo.InvariantCulture) ?? "—",
                s.CompletionPercent is not { } done ? "" : CrmTexts.Get(language, done >= s.YearSharePercent ? CrmText.TargetAhead : CrmText.TargetBehind)))).ToList();
        var forecast = progress.MonthEnd(today);
        var share = standings.FirstOrDefault()?.YearSharePercent ?? 0;
        var months = progress.MonthStandings(today);
        var monthLines = months.Count == 0
            ? CrmTexts.Get(language, CrmText.TargetMonthNone, $"{today.Year}-{today.Month:D2}")
            : CrmTexts.Get(language, CrmText.TargetMonthTitle, $"{today.Year}-{today.Month:D2}") + "\n" + string.Join("\n", months.Select(m => "- " + CrmTexts.Get(language, CrmText.TargetMonthLine,
                Name(m.Target, language), Shown(m.Target, m.Target.Value, language), Shown(m.Target, m.Actual, language), m.CompletionPercent.ToString("0.0", CultureInfo.InvariantCulture))));
        return new Reply(CrmTexts.Get(language, CrmText.TargetsTitle, today.Year, share.ToString("0.0", CultureInfo.InvariantCulture)) + "\n\n" + string.Join("\n", lines) + "\n\n"
            + monthLines + "\n\n" + CrmTexts.Get(language, CrmText.TargetForecast, Amount.InWan(forecast.Total), Amount.InWan(forecast.Signed), Amount.InWan(forecast.WeightedPipeline)))
        {
            Language = language,
        };
    }

    private static decimal? Value(AnnualTarget target, string word) => target.Kind switch
    {
        TargetKind.Money => Amount.Parse(word),
        TargetKind.MinPercent => decimal.TryParse(word.TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p) && p is > 0 and <= 100 ? p : null,
        _ => int.TryParse(word, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null,
    };

    private static string Shown(AnnualTarget target, decimal value, Language language) => target.Kind switch
    {
        TargetKind.Money => Amount.InWan(value),
        TargetKind.MinPercent => CrmTexts.Get(language, CrmText.AtLeast, value.ToString("0.#", CultureInfo.InvariantCulture)),
        _ => value.ToString("0", CultureInfo.InvariantCulture),
    };

    private static string Name(AnnualTarget target, Language language) => language == Language.ZhCn ? target.NameZh : target.NameEn;
}
