namespace NorthPool.Crm;

public abstract record CustomerCreation
{
    public sealed record Created(Customer Customer) : CustomerCreation;

    // A customer with the same name or alias is already on file (two members creating it at once included).
    public sealed record Exists(Customer Customer) : CustomerCreation;
}

// A visit recorded, and what it did to task quotas: the instances it counted toward, and the matching templates it
// could not count toward (no open instance of the visitor's, or one that has no quota).
public sealed record VisitRecorded(Visit Visit, Customer Customer, IReadOnlyList<QuotaCount> Counted, IReadOnlyList<QuotaMiss> NotCounted);

public sealed record QuotaCount(string TaskId, string Title, int Done, int Target, string? Unit);

public sealed record QuotaMiss(string TemplateId, string Title, string? OwnerName);

public sealed record OpportunityCreated(Opportunity Opportunity, IReadOnlyList<QuotaCount> Counted, IReadOnlyList<QuotaMiss> NotCounted);

public abstract record OpportunityMove
{
    public sealed record Moved(Opportunity Opportunity, OpportunityStage From) : OpportunityMove;

    public sealed record NotFound(long Id) : OpportunityMove;

    public sealed record Forbidden(Opportunity Opportunity) : OpportunityMove;

    public sealed record Illegal(Opportunity Opportunity, OpportunityStage To) : OpportunityMove;

    public sealed record ReasonRequired(Opportunity Opportunity) : OpportunityMove;
}

public abstract record ReceiptRecording
{
    public sealed record Recorded(Receipt Receipt, Contract Contract) : ReceiptRecording;

    public sealed record NotFound(long ContractId) : ReceiptRecording;

    // More than the contract has outstanding.
    public sealed record TooMuch(Contract Contract) : ReceiptRecording;
}
