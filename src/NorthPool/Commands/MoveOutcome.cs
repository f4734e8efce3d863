using NorthPool.Tasks;

namespace NorthPool.Commands;

// What a move command did: the sentence to say, and the store's result when a task was found.
public sealed record MoveOutcome(string Message, TransitionResult? Result)
{
    public static MoveOutcome NoTask(string message) => new(message, null);

    public bool Applied => Result is TransitionResult.Applied;

    // The task as it is now: every result except NotFound carries it.
    public TaskInstance? Task => Result switch
    {
        TransitionResult.Applied r => r.Task,
        TransitionResult.Illegal r => r.Task,
        TransitionResult.Forbidden r => r.Task,
        TransitionResult.AlreadyClaimed r => r.Task,
        TransitionResult.AlreadyYours r => r.Task,
        TransitionResult.ReasonRequired r => r.Task,
        TransitionResult.InvalidProgress r => r.Task,
        TransitionResult.NotAQuota r => r.Task,
        _ => null,
    };
}
