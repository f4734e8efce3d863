namespace NorthPool.Tasks;

// A quota instance's count: 2/3 家. Reaching the target does not finish the task; its owner does.
public sealed record QuotaTally
{
    public int Target { get; init; }
    public string Unit { get; init; } = "";
    public int Done { get; init; }

    public int Remaining => Math.Max(0, Target - Done);

    public bool IsMet => Done >= Target;

    public override string ToString() => $"{Done}/{Target} {Unit}";
}
