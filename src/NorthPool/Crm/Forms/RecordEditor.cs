using LiteDB;
using NorthPool.Members;
using NorthPool.Storage;

namespace NorthPool.Crm;

// One edit of one CRM row in one unit of work with its audit row: owners edit their own, pool leads and admins any.
// Every check runs inside the unit, on the row as committed. An activity delivered again finds its edit done.
public sealed class RecordEditor(StoreWriter writer, CrmChangeLog changes, TimeProvider timeProvider)
{
    public static bool MayEdit(string? ownerId, Member actor) => ownerId == actor.Id || actor.IsAdmin || actor.LeadOf.Count > 0;

    public Task<RecordEdit> EditAsync<T>(ILiteCollection<T> rows, RecordEditSpec<T> spec, long id, Member actor, string detail, string? activityId, CancellationToken cancellationToken) =>
        writer.WriteAsync<RecordEdit>(() =>
        {
            if (rows.FindById(id) is not { } row)
                return new RecordEdit.NotFound();
            if (changes.Earlier(activityId, spec.Record) is { RecordId: var done } && done == id)
                return new RecordEdit.Saved(spec.Label(row), spec.Name(row));
            if (!MayEdit(spec.OwnerId(row), actor))
                return new RecordEdit.Forbidden(spec.OwnerName(row));
            var edited = spec.Apply(row, timeProvider.GetUtcNow());
            if (spec.Refuse?.Invoke(row, edited) is { } refused)
                return refused;
            rows.Update(edited);
            changes.Add(spec.Record, id, "edit", actor, timeProvider.GetUtcNow(), activityId, detail);
            if (spec.AfterCommit is { } after)
                writer.AfterCommit(() => after(edited));
            return new RecordEdit.Saved(spec.Label(edited), spec.Name(edited));
        }, cancellationToken);
}

// What an edit of one kind of row needs: its audit name, who owns it, how it is shown, the change itself, an optional
// refusal (a name taken, a stage that cannot be reached) and what to refresh once it is committed.
public sealed record RecordEditSpec<T>(string Record, Func<T, string?> OwnerId, Func<T, string> OwnerName, Func<T, string> Label, Func<T, string> Name, Func<T, DateTimeOffset, T> Apply)
{
    public Func<T, T, RecordEdit?>? Refuse { get; init; }

    public Action<T>? AfterCommit { get; init; }
}
