namespace NorthPool.Crm;

public abstract record PartnerCreation
{
    public sealed record Created(Partner Partner, IReadOnlyList<QuotaCount> Counted, IReadOnlyList<QuotaMiss> NotCounted) : PartnerCreation;

    public sealed record Exists(Partner Partner) : PartnerCreation;
}
