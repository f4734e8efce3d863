namespace NorthPool.Board;

// A task as a kanban card shows it; Flag says why it is in 异常 or 客户跟进 when its state alone does not.
public sealed record BoardTask(
    string Id, string Title, string Pool, string Column, string State, string? OwnerId, string? OwnerName, string Priority,
    string? Due, string? Quota, string? Period, int Version, string? Flag = null);

// The board as the page draws it: the tasks, the pools (swimlanes), the columns and the texts in the viewer's
// language, and who the page acts as.
public sealed record BoardSnapshot(
    IReadOnlyList<BoardTask> Tasks, IReadOnlyList<BoardLane> Pools, IReadOnlyList<BoardLane> Columns, IReadOnlyDictionary<string, string> Texts,
    BoardViewer Viewer, IReadOnlyList<BoardViewer> Members);

public sealed record BoardLane(string Id, string Name);

public sealed record BoardViewer(string Id, string Name);

// What a drag asked for; Reason is the pause reason 客户跟进 asks for.
public sealed record BoardMoveRequest(string? TaskId, string? To, string? Reason);

// What a drag did: Moved false when the command was refused (Message says why, in the viewer's language).
public sealed record BoardMoveResult(bool Moved, string Message, BoardTask? Task);
