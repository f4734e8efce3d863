using System.Diagnostics.Metrics;

namespace NorthPool.Operations;

// The app's own metrics (meter "NorthPool"): report sends, in-place card updates and backups, each by outcome. Turns
// and commits have theirs where they happen (TurnMetrics, StoreWriter).
public sealed class NorthPoolMetrics
{
    public const string MeterName = "NorthPool";

    private readonly Counter<long> _reports;
    private readonly Counter<long> _cardUpdates;
    private readonly Counter<long> _backups;
    private readonly Histogram<double> _backupDuration;

    public NorthPoolMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _reports = meter.CreateCounter<long>("northpool.reports", description: "Report slots, by outcome (sent, failed, no_channel)");
        _cardUpdates = meter.CreateCounter<long>("northpool.card.updates", description: "Posted cards updated in place, by outcome (updated, gone, failed)");
        _backups = meter.CreateCounter<long>("northpool.backups", description: "Backups, by outcome (verified, failed)");
        _backupDuration = meter.CreateHistogram<double>("northpool.backup.duration", unit: "s", description: "How long a verified backup took");
    }

    public void Report(string outcome) => _reports.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void CardUpdate(string outcome) => _cardUpdates.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void Backup(bool verified, TimeSpan took)
    {
        _backups.Add(1, new KeyValuePair<string, object?>("outcome", verified ? "verified" : "failed"));
        if (verified)
            _backupDuration.Record(took.TotalSeconds);
    }
}
