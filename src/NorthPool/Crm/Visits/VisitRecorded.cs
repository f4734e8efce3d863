namespace NorthPool.Crm;

// A visit recorded, and what it did to task quotas: the instances it counted toward, and the matching templates it
// could not count toward (no open instance of the visitor's, or one that has no quota).
public sealed record VisitRecorded(Visit Visit, Customer Customer, IReadOnlyList<QuotaCount> Counted, IReadOnlyList<QuotaMiss> NotCounted);
