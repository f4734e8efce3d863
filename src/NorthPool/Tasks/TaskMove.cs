using NorthPool.Members;

namespace NorthPool.Tasks;

// A request to move one task. Reason is required for pause and cancel; Progress/Note for progress updates; Units
// (and the note as Reason) for a quota log, with Source naming where the units come from (chat, card, a CRM record).
public sealed record TaskMove(
    string TaskId,
    TaskTrigger Trigger,
    Member Actor,
    DateTimeOffset At,
    string? Reason = null,
    int? Progress = null,
    string? ActivityId = null)
{
    public const int MaxUnitsPerLog = 50;

    public int Units { get; init; } = 1;
    public string? Source { get; init; }

    // A log written for a CRM record (a resolved ticket into CS-001): on an instance without a quota it is a line of
    // history rather than a refused count.
    public bool RecordsOnly { get; init; }

    // Assign: the new owner. Prioritise: the new priority. Redate: the new due time.
    public string? NewOwnerId { get; init; }
    public string? NewOwnerName { get; init; }
    public Priority? NewPriority { get; init; }
    public DateTimeOffset? NewDueAt { get; init; }

    // Another feature's write that belongs to this change's commit (the card post of the reply that will show the
    // task): run inside the unit of work, after the change, only if the move applies.
    public Action<TaskInstance>? AlsoWhenApplied { get; init; }
}
