namespace NorthPool.CardViews;

// Bring the posted cards of TaskId up to date after the change that made it Version. The turn that made the change
// may add what only it knows: SkipActivityId is the card it just posted, already current; the card whose button made
// the change (SourceActivityId) shows SourceNotice, so everyone sees what happened. Those extras describe Version
// only: once the task has moved on they no longer apply.
public sealed record CardUpdate(
    string TaskId,
    int Version,
    string? SkipActivityId = null,
    string? SourceActivityId = null,
    CardNotice? SourceNotice = null)
{
    // The later change wins: the card is built from the task as it is when the update runs.
    public static CardUpdate Latest(CardUpdate waiting, CardUpdate later) => later.Version >= waiting.Version ? later : waiting;

    public bool AppliesExtrasTo(int currentVersion) => currentVersion == Version;
}
