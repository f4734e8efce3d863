using NorthPool.Localization;

namespace NorthPool.Members;

public sealed record MemberPreference
{
    public string MemberId { get; init; } = "";
    public Language? Language { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
}
