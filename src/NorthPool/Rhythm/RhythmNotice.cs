using System.Globalization;
using NorthPool.Tasks;

namespace NorthPool.Rhythm;

// One reminder or alert about one task for one member. Its id is what makes it "once": a reminder once per task,
// recipient and day; an alert once per task, kind and recipient.
public sealed record RhythmNotice(RhythmKind Kind, TaskInstance Task, string Recipient, DateOnly? Day = null, TimeOnly? At = null)
{
    public string Id => Kind == RhythmKind.Reminder
        ? $"reminder|{DayKey}|{Task.Id}|{Recipient}"
        : $"{Kind.ToString().ToLowerInvariant()}|{Task.Id}|{Recipient}";

    public string? DayKey => Day?.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    // Only P0 breaks the quiet hours.
    public bool BreaksQuiet => Task.Priority == Priority.P0;

    public RhythmSend ToRow() => new() { Id = Id, Kind = Kind, MemberId = Recipient, TaskId = Task.Id, Day = DayKey, At = At };
}
