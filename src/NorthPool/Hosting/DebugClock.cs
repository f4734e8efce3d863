namespace NorthPool.Hosting;

// The app clock in local mode when Debug:ClockStart is set: it starts at that instant, runs at real speed and can be
// moved forward by the loopback debug hook, so end-to-end tests see the same period ids on any day and can watch
// the next period open. Never used with an AppId (start-up refuses it).
public sealed class DebugClock(DateTimeOffset start, TimeProvider inner) : TimeProvider
{
    public const string StartKey = "Debug:ClockStart";

    private readonly Lock _gate = new();
    private TimeSpan _offset = start - inner.GetUtcNow();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
            return inner.GetUtcNow() + _offset;
    }

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    // Moves the clock forward to the instant; never back.
    public DateTimeOffset AdvanceTo(DateTimeOffset to)
    {
        lock (_gate)
        {
            var now = inner.GetUtcNow() + _offset;
            if (to > now)
                _offset += to - now;
            return inner.GetUtcNow() + _offset;
        }
    }
}
