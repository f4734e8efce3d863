using System.Globalization;

namespace NorthPool.Rhythm;

// The day's rhythm (plan §8.1): the morning digest, reminders at the templates' times, personal alerts and the quiet
// hours that hold them back. Times of day are in Reports:TimeZone.
public sealed class RhythmOptions
{
    public const string Section = "Rhythm";

    // When the morning digest goes out (晨间启动); it is sent even inside the quiet hours.
    public string DigestTime { get; set; } = "06:00";

    // No reminders or alerts from QuietFrom until QuietUntil, except for P0 tasks; equal times mean no quiet hours.
    public string QuietFrom { get; set; } = "22:00";
    public string QuietUntil { get; set; } = "08:00";

    // A task paused this long alerts its owner.
    public int PausedAlertHours { get; set; } = 24;

    // A task nobody has claimed for this long (a working day) alerts its pool's leads.
    public int UnclaimedAlertHours { get; set; } = 24;

    public TimeOnly Digest => Parse(DigestTime);
    public TimeOnly QuietStart => Parse(QuietFrom);
    public TimeOnly QuietEnd => Parse(QuietUntil);

    public static bool TryParse(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    private static TimeOnly Parse(string text) => TryParse(text, out var time) ? time : throw new InvalidOperationException($"'{text}' is not a time of day");
}
