using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NorthPool.BotFramework.Inbound;

// Turns by activity type and outcome, and how long they take; a trace span per turn (source NorthPool.Turns).
public sealed class TurnMetrics
{
    public const string MeterName = "NorthPool.Turns";
    public static readonly ActivitySource Source = new(MeterName);

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _duration;

    public TurnMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _turns = meter.CreateCounter<long>("northpool.turns", description: "Turns handled, by activity type and outcome (ok, error, timeout)");
        _duration = meter.CreateHistogram<double>("northpool.turn.duration", unit: "s", description: "How long a turn took, by activity type");
    }

    public void Record(string? type, string outcome, TimeSpan took)
    {
        var typeTag = new KeyValuePair<string, object?>("type", type ?? "unknown");
        _turns.Add(1, typeTag, new KeyValuePair<string, object?>("outcome", outcome));
        _duration.Record(took.TotalSeconds, typeTag);
    }
}
