using NorthPool.Tasks;

namespace NorthPool.Rhythm;

// One member's morning digest: what they own (overdue, due today, the rest) and today's 重点 they could claim.
public sealed record MorningDigest(
    string MemberId,
    string? MemberName,
    DateOnly Day,
    IReadOnlyList<TaskInstance> Overdue,
    IReadOnlyList<TaskInstance> DueToday,
    IReadOnlyList<TaskInstance> OtherOwned,
    IReadOnlyList<TaskInstance> KeyToClaim,
    IReadOnlySet<string> KeyIds)
{
    public int Owned => Overdue.Count + DueToday.Count + OtherOwned.Count;

    public int QuotaOpen => Overdue.Concat(DueToday).Concat(OtherOwned).Count(t => t.Quota is { Remaining: > 0 });

    public bool IsEmpty => Owned == 0 && KeyToClaim.Count == 0;
}
