namespace NorthPool.Crm;

// 合作伙伴 (plan §4.4, §12.4: 50 by year end): #P1, #P2 … A new one counts toward EC-001 (技术) or EC-002 (渠道) by its
// kind (CrmQuotaRules.NewPartners); each contact (伙伴 联系) moves LastContactAt.
public sealed record Partner
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public PartnerKind Kind { get; init; }
    public PartnerLevel Level { get; init; } = PartnerLevel.Standard;
    public PartnerState State { get; init; } = PartnerState.Talking;
    public string OwnerId { get; init; } = "";
    public string? OwnerName { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? LastContactAt { get; init; }
    public string? LastContact { get; init; }

    // Indexed: the name's key (CustomerNames.Key), so "华为" and "華為 " are one partner.
    public string Key => CustomerNames.Key(Name);

    public string Label => $"#P{Id}";
}
