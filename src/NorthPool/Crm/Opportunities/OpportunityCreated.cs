namespace NorthPool.Crm;

public sealed record OpportunityCreated(Opportunity Opportunity, IReadOnlyList<QuotaCount> Counted, IReadOnlyList<QuotaMiss> NotCounted);
