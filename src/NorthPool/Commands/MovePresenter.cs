using NorthPool.CardViews;

namespace NorthPool.Commands;

// Says what a move did where the member will see it. Typed: a card with the confirmation, or a text refusal.
// Pressed on a card: that card again, refreshed, with the confirmation or the refusal on it.
public sealed class MovePresenter(TaskCardBuilder taskCards, TaskListCardBuilder listCards, TaskLists lists)
{
    public Reply Present(MoveOutcome outcome, CommandContext context)
    {
        if (outcome.Task is not { } task)
            return new Reply(outcome.Message);

        var notice = new CardNotice(outcome.Message, IsError: !outcome.Applied);
        var changed = outcome.Applied ? task.Id : null;
        return context.Origin?.View switch
        {
            CardView.List or CardView.Mine => new Reply(outcome.Message)
            {
                Card = listCards.Build(lists.For(context.Origin, context.Member, context.Language), context.Language, context.Member, notice),
                ChangedTaskId = changed,
            },
            null when !outcome.Applied => new Reply(outcome.Message),
            _ => new Reply(outcome.Message)
            {
                Card = taskCards.Build(task, context.Language, context.Viewer, notice),
                ShownTaskId = task.Id,
                ChangedTaskId = changed,
            },
        };
    }
}
