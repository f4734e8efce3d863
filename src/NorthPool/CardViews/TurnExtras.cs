namespace NorthPool.CardViews;

// What only the turn that made a change knows about its cards: the card it posted (already current) and the card
// whose button was pressed, which shows Notice.
public sealed record TurnExtras(string? PostedActivityId = null, string? SourceActivityId = null, CardNotice? Notice = null)
{
    public static readonly TurnExtras None = new();

    public CardUpdate For(string taskId, int version) => new(taskId, version, PostedActivityId, SourceActivityId, Notice);
}
