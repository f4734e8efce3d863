using System.Text.RegularExpressions;
using NorthPool.Localization;
using NorthPool.Tasks;

namespace NorthPool.Commands;

// claim, pause, resume, finish, cancel, release and progress: resolve the task, read the verb's arguments,
// apply the move through the store and say what happened. Whether that is said in text or on a card is the
// presenter's business.
public sealed partial class MoveCommand(TaskStore store, TaskResolver resolver, TimeProvider timeProvider)
{
    private static readonly Dictionary<Verb, TaskTrigger> Triggers = new()
    {
        [Verb.Claim] = TaskTrigger.Claim,
        [Verb.Pause] = TaskTrigger.Pause,
        [Verb.Resume] = TaskTrigger.Resume,
        [Verb.Finish] = TaskTrigger.Finish,
        [Verb.Cancel] = TaskTrigger.Cancel,
        [Verb.Release] = TaskTrigger.Release,
        [Verb.Progress] = TaskTrigger.Progress,
    };

    public static bool Handles(Verb verb) => Triggers.ContainsKey(verb);

    public async Task<MoveOutcome> HandleAsync(Verb verb, string args, CommandText text, CommandContext context, CancellationToken cancellationToken)
    {
        var trigger = Triggers[verb];
        var language = context.Language;
        var (reference, rest) = TaskReference.Split(args);
        if (reference.Length == 0)
            return MoveOutcome.NoTask(Texts.Get(language, TextId.MissingTaskId, MoveExamples.For(trigger, language)));

        switch (resolver.Resolve(reference))
        {
            case TaskResolution.NotFound notFound:
                return MoveOutcome.NoTask(TaskLookupReplies.NotFound(notFound, language));
            case TaskResolution.Ambiguous ambiguous:
                return MoveOutcome.NoTask(TaskLookupReplies.Ambiguous(ambiguous, language));
            case TaskResolution.Found found:
                var move = BuildMove(found.Task, trigger, rest, text, context);
                var result = await store.ApplyAsync(move, cancellationToken);
                return new MoveOutcome(MoveReplies.Format(result, move, language), result);
            default:
                throw new InvalidOperationException("unreachable");
        }
    }

    private TaskMove BuildMove(TaskInstance task, TaskTrigger trigger, string rest, CommandText text, CommandContext context)
    {
        var now = timeProvider.GetUtcNow();
        string? reason = rest.Length > 0 ? text.Original(rest) : null;
        int? progress = null;
        if (trigger == TaskTrigger.Progress)
        {
            var match = ProgressArgs().Match(rest);
            progress = match.Success ? int.Parse(match.Groups["pct"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            reason = match.Success && match.Groups["note"].Value.Length > 0 ? text.Original(match.Groups["note"].Value) : null;
        }
        return new TaskMove(task.Id, trigger, context.Member, now, reason, progress, context.ActivityId);
    }

    [GeneratedRegex("^(?<pct>\\d{1,3})\\s*%?(\\s+(?<note>.*))?$", RegexOptions.Singleline)]
    private static partial Regex ProgressArgs();
}
