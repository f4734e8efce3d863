namespace NorthPool.Tasks;

// One piece of work taken from a catalog template. The seeded instance of template BD-001 has id BD-001.
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
    // The last move of any kind, a progress update included.
    public DateTimeOffset UpdatedAt { get; init; }

    // When the task entered its current state (progress updates do not count).
    public DateTimeOffset StateSince { get; init; }
    public int Version { get; init; }
}
