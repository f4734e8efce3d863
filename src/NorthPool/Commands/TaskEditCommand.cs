using NorthPool.CardViews;
using NorthPool.Localization;
using NorthPool.Pools;
using NorthPool.Proactive;
using NorthPool.Tasks;

namespace NorthPool.Commands;

// 分派 / 优先级 / 截止: who has a task, how urgent it is, by when. Each is a move through the store (permission
// checked there, audit row written with it). An assignment puts the task card in the new owner's personal chat and
// tells the previous owner.
public sealed class TaskEditCommand(
    TaskResolver resolver,
    MovePresenter presenter,
    MoveCommand moves,
    PersonalChats chats,
    TaskCardBuilder cards,
    PeriodCalendar calendar,
    TimeProvider timeProvider)
{
    public async Task<Reply> AssignAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var language = call.Context.Language;
        var mentioned = Mentions.Of(call.Context.Activity);
        var (reference, _) = TaskReference.Split(call.Args);
        if (reference.Length == 0 || mentioned.Count == 0)
            return new Reply(Texts.Get(language, TextId.AssignUsage));
        var (to, toName) = mentioned[0];
        var outcome = await ApplyAsync(call, reference, TaskTrigger.Assign, m => m with { NewOwnerId = to, NewOwnerName = toName }, cancellationToken);
        if (outcome.Result is TransitionResult.Applied { Task: var task, Entry: var entry })
            await NotifyAsync(call, task, entry.PreviousOwnerId, cancellationToken);
        return presenter.Present(outcome, call.Context);
    }

    public async Task<Reply> PrioritiseAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var language = call.Context.Language;
        var (reference, rest) = TaskReference.Split(call.Args);
        if (reference.Length == 0 || !Enum.TryParse<Priority>(rest.Trim().ToUpperInvariant(), out var priority) || !Enum.IsDefined(priority) || rest.Trim().Length != 2)
            return new Reply(Texts.Get(language, TextId.PriorityUsage));
        return presenter.Present(await ApplyAsync(call, reference, TaskTrigger.Prioritise, m => m with { NewPriority = priority }, cancellationToken), call.Context);
    }

    public async Task<Reply> RedateAsync(VerbCall call, CancellationToken cancellationToken)
    {
        var language = call.Context.Language;
        var (reference, rest) = TaskReference.Split(call.Args);
        if (reference.Length == 0 || rest.Length == 0)
            return new Reply(Texts.Get(language, TextId.DueUsage));
        var today = calendar.Today(timeProvider.GetUtcNow());
        if (DateText.Parse(rest, today) is not { } date)
            return new Reply(Texts.Get(language, TextId.DateUnreadable, call.Text.Original(rest)));
        if (date < today)
            return new Reply(Texts.Get(language, TextId.DateInPast, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        return presenter.Present(await ApplyAsync(call, reference, TaskTrigger.Redate, m => m with { NewDueAt = calendar.EndOfDay(date) }, cancellationToken), call.Context);
    }

    private async Task<MoveOutcome> ApplyAsync(VerbCall call, string reference, TaskTrigger trigger, Func<TaskMove, TaskMove> set, CancellationToken cancellationToken)
    {
        var context = call.Context;
        var resolution = resolver.Resolve(reference);
        if (resolution is TaskResolution.Ambiguous { Candidates: var candidates } && candidates.Count(t => t.OwnerId is not null) == 1 && trigger != TaskTrigger.Assign)
            resolution = new TaskResolution.Found(candidates.Single(t => t.OwnerId is not null));
        if (resolution is not TaskResolution.Found { Task: var task })
            return MoveOutcome.NoTask(TaskLookupReplies.Explain(resolution, context.Language));
        var move = set(new TaskMove(task.Id, trigger, context.Member, timeProvider.GetUtcNow(), ActivityId: context.ActivityId));
        return await moves.ApplyAsync(move, context, alone: true, cancellationToken);
    }

    private async Task NotifyAsync(VerbCall call, TaskInstance task, string? previousOwnerId, CancellationToken cancellationToken)
    {
        var via = call.Context.Activity is { } activity ? BotFramework.Schema.ConversationReference.From(activity) : null;
        if (task.OwnerId is { } owner && owner != call.Context.Member.Id)
        {
            var language = call.Context.Language;
            var notice = new CardNotice(Texts.Get(language, TextId.AssignedToYou, call.Context.Member.Name, TaskLabel.Of(task)), IsError: false);
            await chats.SendAsync(owner, CardMessage.For(cards.Build(task, language, viewer: null, notice), notice.Text), via, cancellationToken);
        }
        if (previousOwnerId is not null && previousOwnerId != task.OwnerId && previousOwnerId != call.Context.Member.Id)
        {
            var text = Texts.Get(call.Context.Language, TextId.AssignedAway, call.Context.Member.Name, TaskLabel.Of(task), task.OwnerName);
            await chats.SendAsync(previousOwnerId, BotFramework.Schema.Activity.Message(text), via, cancellationToken);
        }
    }
}
