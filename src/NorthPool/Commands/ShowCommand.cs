using NorthPool.CardViews;
using NorthPool.Localization;

namespace NorthPool.Commands;

public sealed class ShowCommand(TaskResolver resolver, TaskCardBuilder cards)
{
    public Reply Handle(string args, CommandContext context)
    {
        var language = context.Language;
        var (reference, _) = TaskReference.Split(args);
        if (reference.Length == 0)
            return new Reply(Texts.Get(language, TextId.MissingTaskId, language == Language.ZhCn ? "查看 BD-001" : "show BD-001"));

        return resolver.Resolve(reference) switch
        {
            TaskResolution.Found { Task: var task } => new Reply(Texts.Get(language, TextId.TaskSummary, TaskLabel.Of(task), Texts.State(language, task.State)))
            {
                Card = cards.Build(task, language, context.Viewer),
                ShownTaskId = task.Id,
            },
            var other => new Reply(TaskLookupReplies.Explain(other, language)),
        };
    }
}
