using NorthPool.Tasks;

namespace NorthPool.CardViews;

// The card updates of changes a member's turn commits wait here for what only the turn knows (the card it posted,
// the notice for the card that was pressed): until the turn releases them, or at most maxHold after the first
// change, so a reply that fails or hangs delays the turn's card updates by that much and never drops them.
public sealed class HeldTurns(TimeProvider timeProvider, TimeSpan maxHold, Action<CardUpdate> release)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Turn> _turns = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            lock (_gate)
                return _turns.Count;
        }
    }

    // False when the activity is already being held (a redelivery running alongside its first delivery).
    public bool Begin(string activityId)
    {
        lock (_gate)
            return _turns.TryAdd(activityId, new Turn());
    }

    public bool TryHold(TaskChanged change)
    {
        if (change.ActivityId is not { } activityId || maxHold <= TimeSpan.Zero)
            return false;
        lock (_gate)
        {
            if (!_turns.TryGetValue(activityId, out var turn) || turn.Expired)
                return false;
            turn.Versions[change.TaskId] = Math.Max(change.Version, turn.Versions.GetValueOrDefault(change.TaskId));
            turn.Timer ??= timeProvider.CreateTimer(_ => Expire(turn), null, maxHold, Timeout.InfiniteTimeSpan);
            return true;
        }
    }

    // The turn is over: its held updates go out with its extras.
    public void End(string activityId, TurnExtras extras)
    {
        Turn? turn;
        lock (_gate)
        {
            if (!_turns.Remove(activityId, out turn))
                return;
            turn.Timer?.Dispose();
            turn.Expired = true;
        }
        foreach (var (taskId, version) in turn.Versions)
            release(extras.For(taskId, version));
        turn.Versions.Clear();
    }

    private void Expire(Turn turn)
    {
        KeyValuePair<string, int>[] held;
        lock (_gate)
        {
            if (turn.Expired)
                return;
            turn.Expired = true;
            held = [.. turn.Versions];
            turn.Versions.Clear();
        }
        foreach (var (taskId, version) in held)
            release(new CardUpdate(taskId, version));
    }

    private sealed class Turn
    {
        public Dictionary<string, int> Versions { get; } = new(StringComparer.Ordinal);
        public ITimer? Timer { get; set; }
        public bool Expired { get; set; }
    }
}
