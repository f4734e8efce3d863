namespace NorthPool.Rhythm;

// What a rhythm message is: the morning digest, a reminder at a template's time of day, or one of the alerts.
public enum RhythmKind
{
    Digest,
    Reminder,
    DueTomorrow,
    Overdue,
    PausedTooLong,
    Unclaimed,
}
