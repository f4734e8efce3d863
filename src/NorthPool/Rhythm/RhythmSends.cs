using LiteDB;
using NorthPool.Storage;

namespace NorthPool.Rhythm;

// The record of every rhythm message: which were sent, which are held for after the quiet hours.
public sealed class RhythmSends(NorthPoolDb db, StoreWriter writer)
{
    public const string CollectionName = "rhythmSends";

    // Held and failed rows are looked up by status every hour; kinds for the digest's once-a-day check.
    public static readonly IReadOnlyList<StoreCollection> Collections =
    [
        StoreCollection.Of<RhythmSend>(CollectionName, e => e.Id(s => s.Id, autoId: false), c =>
        {
            c.EnsureIndex(s => s.Status);
            c.EnsureIndex(s => s.Kind);
        }),
    ];

    private ILiteCollection<RhythmSend> Rows => db.Database.GetCollection<RhythmSend>(CollectionName);

    public RhythmSend? Find(string id) => Rows.FindById(id);

    public IReadOnlyList<RhythmSend> Held() => Rows.Find(s => s.Status == RhythmSendStatus.Held).ToList();

    public IReadOnlyList<RhythmSend> OfKind(RhythmKind kind) => Rows.Find(s => s.Kind == kind).ToList();

    // One unit of work: of these rows, claims (as Sending) the ones that are new, held or failed below the attempt limit,
    // and holds (when holdBack says so) the new ones instead. Returns the claimed ones.
    public Task<IReadOnlyList<RhythmSend>> ClaimAsync(IReadOnlyList<RhythmSend> candidates, Func<RhythmSend, bool> holdBack, int max, DateTimeOffset now, CancellationToken cancellationToken) =>
        writer.WriteAsync<IReadOnlyList<RhythmSend>>(() =>
        {
            var claimed = new List<RhythmSend>();
            foreach (var candidate in candidates)
            {
                var existing = Rows.FindById(candidate.Id);
                if (existing is not null && !existing.MayBeClaimed)
                    continue;
                if (holdBack(candidate))
                {
                    if (existing is null)
                        Rows.Insert(candidate with { Status = RhythmSendStatus.Held, CreatedAt = now });
                    continue;
                }
                if (claimed.Count == max)
                    continue;
                var row = (existing ?? candidate with { CreatedAt = now }) with { Status = RhythmSendStatus.Sending, Attempts = (existing?.Attempts ?? 0) + 1, Error = null };
                Rows.Upsert(row);
                claimed.Add(row);
            }
            return claimed;
        }, cancellationToken);

    public Task SettleAsync(IReadOnlyList<RhythmSend> rows, CancellationToken cancellationToken) =>
        writer.WriteAsync(() => Rows.Upsert(rows), cancellationToken);

    public Task DropAsync(IReadOnlyList<string> ids, DateTimeOffset now, CancellationToken cancellationToken) => writer.WriteAsync(() =>
    {
        foreach (var id in ids)
        {
            if (Rows.FindById(id) is { Status: RhythmSendStatus.Held } row)
                Rows.Update(row with { Status = RhythmSendStatus.Dropped, FinishedAt = now });
        }
        return ids.Count;
    }, cancellationToken);
}
