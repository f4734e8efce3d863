namespace NorthPool.Crm;

// 客户档案 (plan §10.4). Names and aliases are matched through their keys (CustomerNames.Key), so "中国移动广东公司",
// "广东移动" and "广东 移动" find the same customer.
public sealed record Customer
{
    public long Id { get; init; }
    public string Name { get; init; } = "";
    public List<string> Aliases { get; init; } = [];
    public Industry Industry { get; init; } = Industry.Other;
    public CustomerLevel Level { get; init; } = CustomerLevel.Province;
    public string? Region { get; init; }
    public string? OwnerId { get; init; }
    public string? OwnerName { get; init; }
    public CustomerStatus Status { get; init; } = CustomerStatus.Prospect;
    public bool IsKey { get; init; }

    // 客户画像: free fields ("决策人" → "王总").
    public Dictionary<string, string> Profile { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }

    // Indexed: the name's and every alias's key.
    public List<string> Keys => [CustomerNames.Key(Name), .. Aliases.Select(CustomerNames.Key)];

    public string Label => $"C{Id}";
}
