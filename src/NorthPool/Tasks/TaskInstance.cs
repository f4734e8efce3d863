using NorthPool.Pools;

namespace NorthPool.Tasks;

// One piece of work. Instances of a periodic template are named by their period (BD-001-2026W48, OP-001-20261128);
// instances of continuous and on-demand templates by a number (BD-004#1). Instances made before templates had
// periods keep their old id (the template's id).
public sealed record TaskInstance
{
    public string Id { get; init; } = "";
    public string TemplateId { get; init; } = "";
    public string Pool { get; init; } = "";
    public string Title { get; init; } = "";
    public Priority Priority { get; init; } = Priority.P2;
    public TaskState State { get; init; } = TaskState.Pooled;
    public string? OwnerId { get; init; }
    public string? OwnerName { get; init; }
    public int Progress { get; init; }
    public string? ProgressNote { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    // Who made it with 新建; null for instances the pool opened.
    public string? CreatedBy { get; init; }
    // The last move of any kind, a progress update included.
    public DateTimeOffset UpdatedAt { get; init; }

    // When the task entered its current state (progress updates do not count).
    public DateTimeOffset StateSince { get; init; }
    public int Version { get; init; }

    // Unique per template and period ("BD-001@2026W48") or number ("BD-004@#0001"): one instance per period.
    public string? Slot { get; init; }
    public Cadence? Cadence { get; init; }
    public string? PeriodKey { get; init; }
    public QuotaTally? Quota { get; init; }

    // The periods before this one that passed entirely while the bot was down, so got no instance.
    public List<string>? MissedPeriods { get; init; }

    // Set once by the refresh that found the task still open after its due time.
    public DateTimeOffset? OverdueSince { get; init; }

    // Indexed, so "the open instances of BD-001" is read without touching the template's finished ones.
    public string? OpenTemplateId => TaskTransitions.IsOpen(State) ? TemplateId : null;

    // Indexed: the open instances due but not yet marked overdue, without their history.
    public DateTimeOffset? UnmarkedDueAt => TaskTransitions.IsOpen(State) && OverdueSince is null ? DueAt : null;

    // Indexed: finished instances by state, in the order they finished ("Done|0638…"), so 任务 已完成 reads the newest
    // few without the rest.
    public string? ClosedKey => TaskTransitions.IsOpen(State) ? null : $"{State}|{UpdatedAt.UtcTicks:D19}";

    public bool IsOverdue(DateTimeOffset now) => TaskTransitions.IsOpen(State) && DueAt is { } due && now > due;
}
