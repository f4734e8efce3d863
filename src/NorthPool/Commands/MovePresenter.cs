using NorthPool.CardViews;

namespace NorthPool.Commands;

// Says what a move did where the member will see it. Typed: a card with the confirmation, or a text refusal.
// Pressed on a card: that card again, refreshed, with the confirmation or the refusal on it.
public sealed class MovePresenter(TaskCardBuilder taskCards, TaskListCardBuilder listCards, TaskLists lists)
{
    // Several tasks named at once: one line each, and every applied one's cards updated.
    public Reply Present(IReadOnlyList<MoveOutcome> outcomes, CommandContext context) =>
        outcomes.Count == 1
            ? Present(outcomes[0], context)
            : new Reply(string.Join("\n\n", outcomes.Select(o => o.Message)))
            {
                ChangedTaskIds = outcomes.Where(o => o.Applied).Select(o => o.Task!.Id).ToList(),
            };

    public Reply Present(MoveOutcome outcome, CommandContext context)
    {
        if (outcome.Task is not { } task)
            return new Reply(outcome.Message);

        var notice = new CardNotice(outcome.Message, IsError: !outcome.Applied);
        IReadOnlyList<string> changed = outcome.Applied ? [task.Id] : [];
        return context.Origin?.View switch
        {
            CardView.List or CardView.Mine => new Reply(outcome.Message)
            {
                Card = listCards.Build(lists.For(context.Origin, context.Member, context.Language), context.Language, context.Member, notice),
                ChangedTaskIds = changed,
            },
            null when !outcome.Applied => new Reply(outcome.Message),
            _ => new Reply(outcome.Message)
            {
                Card = taskCards.Build(task, context.Language, context.Viewer, notice),
                ShownTaskId = task.Id,
                ChangedTaskIds = changed,
            },
        };
    }
}
