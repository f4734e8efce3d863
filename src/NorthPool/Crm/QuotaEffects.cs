using NorthPool.Tasks;

namespace NorthPool.Crm;

// What one unit of work counted; cleared when a group commit replays the unit.
public sealed class QuotaEffects
{
    public List<QuotaCount> Counted { get; } = [];
    public List<QuotaMiss> Missed { get; } = [];
    public List<TransitionResult> Moves { get; } = [];

    public void Clear()
    {
        Counted.Clear();
        Missed.Clear();
        Moves.Clear();
    }
}
