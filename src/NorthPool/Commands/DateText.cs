using System.Globalization;
using System.Text.RegularExpressions;

namespace NorthPool.Commands;

// Dates as people type them, relative to today in the team's zone: 12-05, 12/5, 12月5日, 2026-12-05, 今天, 明天,
// 后天, 周五 / 星期五 (the coming one, today included), 本周五, 下周一 / 下星期一 (in next week), today, tomorrow, fri,
// friday, next mon. Month-day without a year means this year.
public static partial class DateText
{
    private static readonly Dictionary<string, DayOfWeek> ChineseDays = new()
    {
        ["一"] = DayOfWeek.Monday, ["二"] = DayOfWeek.Tuesday, ["三"] = DayOfWeek.Wednesday, ["四"] = DayOfWeek.Thursday,
        ["五"] = DayOfWeek.Friday, ["六"] = DayOfWeek.Saturday, ["日"] = DayOfWeek.Sunday, ["天"] = DayOfWeek.Sunday,
    };

    private static readonly string[] EnglishDays = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static DateOnly? Parse(string text, DateOnly today)
    {
        var t = text.Trim().ToLowerInvariant();
        switch (t)
        {
            case "今天" or "today":
                return today;
            case "明天" or "tomorrow":
                return today.AddDays(1);
            case "后天":
                return today.AddDays(2);
        }

        if (Full().Match(t) is { Success: true } full)
            return Date(Int(full, "y"), Int(full, "m"), Int(full, "d"));
        if (MonthDay().Match(t) is { Success: true } md)
            return Date(today.Year, Int(md, "m"), Int(md, "d"));
        if (ChineseWeekday().Match(t) is { Success: true } zh)
            return Weekday(today, ChineseDays[zh.Groups["day"].Value], next: zh.Groups["next"].Success);
        if (EnglishWeekday().Match(t) is { Success: true } en)
            return Weekday(today, (DayOfWeek)Array.IndexOf(EnglishDays, en.Groups["day"].Value[..3]), next: en.Groups["next"].Success);
        return null;
    }

    // The coming such day (today included); with "next"/下, that day in next week (weeks start on Monday).
    private static DateOnly Weekday(DateOnly today, DayOfWeek day, bool next)
    {
        if (!next)
            return today.AddDays(((int)day - (int)today.DayOfWeek + 7) % 7);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(7);
        return monday.AddDays(((int)day + 6) % 7);
    }

    private static DateOnly? Date(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int Int(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex("^(?<y>\\d{4})[-/.年](?<m>\\d{1,2})[-/.月](?<d>\\d{1,2})[日号]?$")]
    private static partial Regex Full();

    [GeneratedRegex("^(?<m>\\d{1,2})[-/.月](?<d>\\d{1,2})[日号]?$")]
    private static partial Regex MonthDay();

    [GeneratedRegex("^(?<next>下)?(本|这)?(周|星期|礼拜)(?<day>[一二三四五六日天])$")]
    private static partial Regex ChineseWeekday();

    [GeneratedRegex("^(?<next>next\\s+)?(?<day>sun(day)?|mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs|rsday)?|fri(day)?|sat(urday)?)$")]
    private static partial Regex EnglishWeekday();
}
