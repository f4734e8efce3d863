namespace NorthPool.Crm;

public enum OpportunityStage
{
    Discover,
    FollowUp,
    Proposal,
    Bid,
    Negotiation,
    Won,
    Lost,
}

// The funnel: stages in order, each with its win probability (for the weighted pipeline and the month-end forecast).
// An open opportunity may move to any later stage, or to 输单 (with a reason); won and lost ones are closed.
public static class OpportunityStages
{
    public static readonly IReadOnlyList<OpportunityStage> Funnel =
        [OpportunityStage.Discover, OpportunityStage.FollowUp, OpportunityStage.Proposal, OpportunityStage.Bid, OpportunityStage.Negotiation];

    public static decimal Probability(OpportunityStage stage) => stage switch
    {
        OpportunityStage.Discover => 0.1m,
        OpportunityStage.FollowUp => 0.2m,
        OpportunityStage.Proposal => 0.4m,
        OpportunityStage.Bid => 0.6m,
        OpportunityStage.Negotiation => 0.8m,
        OpportunityStage.Won => 1m,
        _ => 0m,
    };

    public static bool IsOpen(OpportunityStage stage) => stage is not (OpportunityStage.Won or OpportunityStage.Lost);

    public static bool CanMove(OpportunityStage from, OpportunityStage to) =>
        IsOpen(from) && (to == OpportunityStage.Lost || to > from);
}
