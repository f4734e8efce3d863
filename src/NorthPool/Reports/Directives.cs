using NorthPool.Storage;

namespace NorthPool.Reports;

public sealed class Directives(NorthPoolDb db, StoreWriter writer)
{
    public Directive? Find(long id) => db.Directives.FindById(id);

    public IReadOnlyList<Directive> Open() => db.Directives.Find(d => d.State != DirectiveState.Done).OrderBy(d => d.Id).ToList();

    // What a report has to account for: every instruction still open, however old, and those carried out since the
    // previous report (none without one). An instruction given and carried out since then is among the latter.
    public IReadOnlyList<Directive> OpenOrDoneSince(DateTimeOffset? since) => since is { } from
        ? db.Directives.Find(d => d.State != DirectiveState.Done || d.UpdatedAt > from).OrderBy(d => d.Id).ToList()
        : Open();

    public Task<Directive> AddAsync(Directive directive, CancellationToken cancellationToken) => writer.WriteAsync(() =>
    {
        var id = db.Directives.Insert(directive);
        return directive with { Id = id.AsInt64 };
    }, cancellationToken);

    // Moves forward only (收到 after 已落实 changes nothing); null when there is no such directive.
    public Task<Directive?> AdvanceAsync(long id, DirectiveState to, DateTimeOffset at, CancellationToken cancellationToken) => writer.WriteAsync(() =>
    {
        if (db.Directives.FindById(id) is not { } directive)
            return null;
        if (to <= directive.State)
            return directive;
        var moved = directive with { State = to, UpdatedAt = at };
        db.Directives.Update(moved);
        return moved;
    }, cancellationToken);
}
