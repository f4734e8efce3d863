using NorthPool.Localization;
using NorthPool.Tasks;

namespace NorthPool.Rhythm;

public static class RhythmTexts
{
    public static IReadOnlyDictionary<RhythmText, string> For(Language language) =>
        language == Language.ZhCn ? RhythmTextsZhCn.All : RhythmTextsEnUs.All;

    public static string Get(Language language, RhythmText id, params object?[] args) => language.Format(For(language)[id], args);

    // "本周还差 1 家" / "1 家 to go this week".
    public static string QuotaLeft(Language language, QuotaTally quota, Pools.Cadence? cadence) => Get(language, cadence switch
    {
        Pools.Cadence.Day => RhythmText.QuotaLeftDay,
        Pools.Cadence.Week => RhythmText.QuotaLeftWeek,
        Pools.Cadence.Month => RhythmText.QuotaLeftMonth,
        Pools.Cadence.Quarter => RhythmText.QuotaLeftQuarter,
        Pools.Cadence.HalfYear => RhythmText.QuotaLeftHalfYear,
        Pools.Cadence.Year => RhythmText.QuotaLeftYear,
        _ => RhythmText.QuotaLeft,
    }, quota.Remaining, quota.Unit);
}
