namespace NorthPool.CardViews;

// One conversation's share of a card update: the task's posts there, newest first, PUT one after another.
public sealed record CardRound(CardUpdate Update, IReadOnlyList<TaskCardPost> Posts)
{
    public static CardRound Latest(CardRound waiting, CardRound later) =>
        later.Update.Version >= waiting.Update.Version ? later : waiting;
}
