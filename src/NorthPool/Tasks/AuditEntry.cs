
namespace NorthPool.Tasks;

// One row per change to a task, written in the same transaction as the change. ActorId "northpool" is the pool itself.
public sealed record AuditEntry
{
    public long Id { get; init; }
    public string TaskId { get; init; } = "";
    public DateTimeOffset At { get; init; }
    public string ActorId { get; init; } = "";
    public string? ActorName { get; init; }
    public TaskTrigger Trigger { get; init; }
    public TaskState From { get; init; }
    public TaskState To { get; init; }
    public string? Reason { get; init; }
    public int? Progress { get; init; }
    public string? ActivityId { get; init; }

    // Log: how many units this row adds, and the tally after it; Source names where they came from (chat, card, crm…).
    public int? Units { get; init; }
    public int? Tally { get; init; }
    public string? Source { get; init; }

    // Assign: who had the task before. Redate: the new due time.
    public string? PreviousOwnerId { get; init; }
    public DateTimeOffset? DueAt { get; init; }
}
