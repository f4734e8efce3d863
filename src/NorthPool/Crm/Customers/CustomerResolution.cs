namespace NorthPool.Crm;

public abstract record CustomerResolution
{
    public sealed record Found(Customer Customer) : CustomerResolution;

    public sealed record Ambiguous(string Typed, IReadOnlyList<CustomerName> Candidates) : CustomerResolution;

    public sealed record NotFound(string Typed, IReadOnlyList<CustomerName> Nearest) : CustomerResolution;
}
