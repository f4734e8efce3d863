using System.Globalization;

namespace NorthPool.Pools;

// One period of a cadence, as calendar dates in the team's zone: [Start, End). Key names it in ids and sorts in
// time order within a cadence: 20261128, 2026W48 (ISO week), 2026M11, 2026Q4, 2026H2, 2026.
public readonly record struct Period(Cadence Cadence, DateOnly Start, DateOnly End)
{
    public string Key => Cadence switch
    {
        Cadence.Day => Start.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
        Cadence.Week => $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue))}W{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):D2}",
        Cadence.Month => $"{Start.Year}M{Start.Month:D2}",
        Cadence.Quarter => $"{Start.Year}Q{(Start.Month - 1) / 3 + 1}",
        Cadence.HalfYear => $"{Start.Year}H{(Start.Month - 1) / 6 + 1}",
        Cadence.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"{Cadence} has no periods"),
    };

    public static Period Containing(Cadence cadence, DateOnly date)
    {
        switch (cadence)
        {
            case Cadence.Day:
                return new(cadence, date, date.AddDays(1));
            case Cadence.Week:
                var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
                return new(cadence, monday, monday.AddDays(7));
            case Cadence.Month:
            case Cadence.Quarter:
            case Cadence.HalfYear:
            case Cadence.Year:
                var months = cadence switch { Cadence.Month => 1, Cadence.Quarter => 3, Cadence.HalfYear => 6, _ => 12 };
                var first = new DateOnly(date.Year, (date.Month - 1) / months * months + 1, 1);
                return new(cadence, first, first.AddMonths(months));
            default:
                throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "not a periodic cadence");
        }
    }

    public Period Next() => Containing(Cadence, End);

    public Period Previous() => Containing(Cadence, Start.AddDays(-1));
}
