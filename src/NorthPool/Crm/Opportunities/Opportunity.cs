namespace NorthPool.Crm;

// 商机: a deal being worked, from 发现 to 赢单 or 输单. Numbered #1, #2 … as typed in chat.
public sealed record Opportunity
{
    public long Id { get; init; }
    public long CustomerId { get; init; }
    public string CustomerName { get; init; } = "";
    public string Title { get; init; } = "";

    // Exact yuan.
    public decimal Amount { get; init; }
    public OpportunityStage Stage { get; init; } = OpportunityStage.Discover;
    public string? LostReason { get; init; }
    public DateOnly? ExpectedClose { get; init; }

    // The partner that brought the deal (商机 … 来源 华为), for the report's 七.
    public long? PartnerId { get; init; }
    public string? PartnerName { get; init; }

    // Indexed: the contract this deal renews (商机 … 续约 #C3); a contract near its end without one is warned about.
    public long? RenewsContractId { get; init; }
    public string OwnerId { get; init; } = "";
    public string? OwnerName { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    // Indexed: a customer's opportunities, newest first.
    public string CustomerLabel => $"C{CustomerId}";

    // Indexed: the ones still being worked.
    public bool IsOpen => OpportunityStages.IsOpen(Stage);

    public string Label => $"#{Id}";
}
