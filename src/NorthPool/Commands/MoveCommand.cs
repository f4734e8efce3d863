using System.Globalization;
using System.Text.RegularExpressions;
using NorthPool.CardViews;
using NorthPool.Localization;
using NorthPool.Tasks;

namespace NorthPool.Commands;

// claim, pause, resume, finish, cancel, release, progress and log: resolve each task named, read the verb's
// arguments, apply the move through the store and say what happened. Several ids ("认领 BD-012 BD-013") are each
// acted on and each reported. Whether that is said in text or on a card is the presenter's business.
public sealed partial class MoveCommand(TaskStore store, TaskResolver resolver, MoveReplies replies, TaskCardPosts cardPosts, TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<MoveOutcome>> HandleAsync(TaskTrigger trigger, string args, CommandText text, CommandContext context, CancellationToken cancellationToken)
    {
        var (references, rest) = TaskReference.SplitMany(args);
        if (references is [""])
            return [MoveOutcome.NoTask(Texts.Get(context.Language, TextId.MissingTaskId, MoveExamples.For(trigger, context.Language)))];

        var outcomes = new List<MoveOutcome>(references.Count);
        var distinct = references.Distinct(StringComparer.Ordinal).ToList();
        foreach (var reference in distinct)
            outcomes.Add(await HandleOneAsync(trigger, reference, rest, text, context, distinct.Count == 1, cancellationToken));
        return outcomes;
    }

    private async Task<MoveOutcome> HandleOneAsync(TaskTrigger trigger, string reference, string rest, CommandText text, CommandContext context, bool alone, CancellationToken cancellationToken)
    {
        var resolution = Narrow(resolver.Resolve(reference), trigger, context);
        if (resolution is not TaskResolution.Found found)
            return MoveOutcome.NoTask(TaskLookupReplies.Explain(resolution, context.Language));

        var move = BuildMove(found.Task, trigger, rest, text, context);
        if (move is null)
            return MoveOutcome.NoTask(Texts.Get(context.Language, TextId.LogUnitsInvalid, MoveExamples.For(TaskTrigger.Log, context.Language)));
        return await ApplyAsync(move, context, alone, cancellationToken);
    }

    // Applies one move through the store and says what happened, in the member's language. A move on one task, typed
    // or submitted from its card, that applies is answered with the task's card (MovePresenter), so that card's post
    // is written in the change's own commit.
    public async Task<MoveOutcome> ApplyAsync(TaskMove move, CommandContext context, bool alone, CancellationToken cancellationToken)
    {
        if (alone && context.Origin?.View is null or CardView.Task && cardPosts.Pending(context.Activity, context.Language) is { } post)
            move = move with { AlsoWhenApplied = task => cardPosts.Insert(post with { TaskId = task.Id }) };
        var result = await store.ApplyAsync(move, cancellationToken);
        return new MoveOutcome(replies.Format(result, move, context.Language), result);
    }

    // A template with several open instances: if exactly one of them is the one this move can be meant for (the free
    // one to claim, the member's own one otherwise), that is it; else the member chooses from the list.
    private static TaskResolution Narrow(TaskResolution resolution, TaskTrigger trigger, CommandContext context)
    {
        if (resolution is not TaskResolution.Ambiguous { Candidates: var candidates })
            return resolution;
        var fitting = candidates
            .Where(t => TaskTransitions.NextState(t.State, trigger) is not null)
            .Where(t => trigger == TaskTrigger.Claim || TaskPermissions.IsOwner(t, context.Member))
            .ToList();
        return fitting.Count == 1 ? new TaskResolution.Found(fitting[0]) : resolution;
    }

    private TaskMove? BuildMove(TaskInstance task, TaskTrigger trigger, string rest, CommandText text, CommandContext context)
    {
        var now = timeProvider.GetUtcNow();
        string? reason = rest.Length > 0 ? text.Original(rest) : null;
        int? progress = null;
        var units = 1;
        if (trigger == TaskTrigger.Progress)
        {
            var match = ProgressArgs().Match(rest);
            progress = match.Success ? int.Parse(match.Groups["pct"].Value, CultureInfo.InvariantCulture) : null;
            reason = match.Success && match.Groups["note"].Value.Length > 0 ? text.Original(match.Groups["note"].Value) : null;
        }
        else if (trigger == TaskTrigger.Log && LogArgs().Match(rest) is { Success: true } log)
        {
            units = int.Parse(log.Groups["units"].Value, CultureInfo.InvariantCulture);
            if (units is < 1 or > TaskMove.MaxUnitsPerLog)
                return null;
            reason = log.Groups["note"].Value.Length > 0 ? text.Original(log.Groups["note"].Value) : null;
        }
        return new TaskMove(task.Id, trigger, context.Member, now, reason, progress, context.ActivityId)
        {
            Units = units,
            Source = context.Origin is null ? "chat" : "card",
        };
    }

    [GeneratedRegex("^(?<pct>\\d{1,3})\\s*%?(\\s+(?<note>.*))?$", RegexOptions.Singleline)]
    private static partial Regex ProgressArgs();

    // "+2 广东移动、广西移动": a count of units, then the note.
    [GeneratedRegex("^\\+(?<units>\\d{1,3})(\\s+(?<note>.*))?$", RegexOptions.Singleline)]
    private static partial Regex LogArgs();
}
