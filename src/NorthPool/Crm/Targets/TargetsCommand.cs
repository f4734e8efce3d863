using System.Globalization;
using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Pools;

namespace NorthPool.Crm;

// 目标: the year's targets against what is done and the part of the year gone, and the month-end forecast.
// 目标 合同额 2027 1200万 (admins): a target for a year.
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
        if (words.Count != 3 || !int.TryParse(words[1], CultureInfo.InvariantCulture, out var year) || year < 2000 || year > 2100)
            return CrmTexts.Reply(language, CrmText.TargetSetUsage);
        if (targets.ByWord(words[0]) is not { } target)
            return CrmTexts.Reply(language, CrmText.TargetUnknownMetric, words[0], string.Join(language.ListSeparator(), targets.Shipped.Select(t => Name(t, language))));
        if (Value(target, words[2]) is not { } value)
            return CrmTexts.Reply(language, CrmText.TargetBadValue, words[2]);

        await store.SetAsync(target.Metric, year, value, context.Member, now, context.ActivityId, cancellationToken);
        return CrmTexts.Reply(language, CrmText.TargetSet, year, Name(target, language), Shown(target with { Value = value }, value, language));
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
        return new Reply(CrmTexts.Get(language, CrmText.TargetsTitle, today.Year, share.ToString("0.0", CultureInfo.InvariantCulture)) + "\n\n" + string.Join("\n", lines) + "\n\n"
            + CrmTexts.Get(language, CrmText.TargetForecast, Amount.InWan(forecast.Total), Amount.InWan(forecast.Signed), Amount.InWan(forecast.WeightedPipeline)))
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
