namespace NorthPool.CardViews;

// A member's turn as the card updater sees it: begun before the turn can change anything, released once with what
// only the turn knows. Disposing releases without extras, so a turn that fails still lets its updates go.
public sealed class CardTurn : IDisposable
{
    public static readonly CardTurn None = new(null, null);

    private readonly HeldTurns? _turns;
    private readonly string? _activityId;
    private int _released;

    internal CardTurn(HeldTurns? turns, string? activityId)
    {
        _turns = turns;
        _activityId = activityId;
    }

    public void Release(TurnExtras extras)
    {
        if (_turns is null || Interlocked.Exchange(ref _released, 1) == 1)
            return;
        _turns.End(_activityId!, extras);
    }

    public void Dispose() => Release(TurnExtras.None);
}
