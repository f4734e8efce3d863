using NorthPool.CardViews;
using NorthPool.Localization;

namespace NorthPool.Commands;

// "list [pool|state|priority|@owner …]" and "mine": a page of the list card; the text is its summary.
public sealed class ListCommand(TaskLists lists, PoolNames pools, TaskListCardBuilder cards)
{
    public Reply List(string args, CommandContext context)
    {
        var language = context.Language;
        // In Teams "@张伟" arrives as a mention whose name is left in the text: it is the owner filter.
        var mentioned = Mentions.Of(context.Activity);
        var (filter, unknown) = TaskListFilter.Parse(Mentions.Without(args, mentioned), pools);
        if (filter is null)
            return new Reply(Texts.Get(language, TextId.ListFilterUnknown, unknown, string.Join(", ", pools.Codes)));
        if (mentioned.Count > 0)
            filter = filter with { Owner = mentioned[0].Name };
        return Present(lists.Filtered(filter, PageOf(context), language), context);
    }

    public Reply Mine(CommandContext context) => Present(lists.Mine(context.Member, PageOf(context), context.Language), context);

    private Reply Present(TaskListView view, CommandContext context) =>
        new(view.Tasks.Count == 0 ? view.EmptyText : view.Title) { Card = cards.Build(view, context.Language, context.Member) };

    private static int PageOf(CommandContext context) => context.Origin?.Page ?? 1;
}
