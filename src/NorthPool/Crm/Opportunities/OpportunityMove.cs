namespace NorthPool.Crm;

public abstract record OpportunityMove
{
    public sealed record Moved(Opportunity Opportunity, OpportunityStage From) : OpportunityMove;

    public sealed record NotFound(long Id) : OpportunityMove;

    public sealed record Forbidden(Opportunity Opportunity) : OpportunityMove;

    public sealed record Illegal(Opportunity Opportunity, OpportunityStage To) : OpportunityMove;

    public sealed record ReasonRequired(Opportunity Opportunity) : OpportunityMove;
}
