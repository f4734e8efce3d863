using NorthPool.CardViews;
using NorthPool.Localization;
using NorthPool.Members;
using NorthPool.Tasks;

namespace NorthPool.Commands;

// Which tasks a list shows: open tasks by pool, state, priority and owner; the newest finished or cancelled ones;
// or the member's own open tasks. Open tasks are read through the State index, closed ones newest first and bounded.
public sealed class TaskLists(TaskStore store, PoolNames pools, TimeProvider timeProvider)
{
    public const int MaxClosedListed = 120;

    public TaskListView Filtered(TaskListFilter filter, int page, Language language)
    {
        var now = timeProvider.GetUtcNow();
        IEnumerable<TaskInstance> tasks = filter.IsClosedState ? store.Closed(filter.State!.Value, MaxClosedListed) : store.Open();
        if (filter.State is { } state)
            tasks = tasks.Where(t => t.State == state);
        if (filter.Overdue)
            tasks = tasks.Where(t => t.IsOverdue(now));
        if (filter.Pool is { } pool)
            tasks = tasks.Where(t => t.Pool == pool);
        if (filter.Priority is { } priority)
            tasks = tasks.Where(t => t.Priority == priority);
        if (filter.Owner is { } owner)
            tasks = tasks.Where(t => t.OwnerId == owner || string.Equals(t.OwnerName, owner, StringComparison.OrdinalIgnoreCase));

        var title = Title(filter, language);
        return new TaskListView(tasks.ToList(), title, Texts.Get(language, TextId.ListEmpty, title), new CardOrigin(CardView.List, filter.Scope.Length == 0 ? null : filter.Scope, page));
    }

    public TaskListView Mine(Member member, int page, Language language)
    {
        var mine = store.OpenOwnedBy(member.Id).ToList();
        return new TaskListView(mine, Texts.Get(language, TextId.MineHeader, mine.Count), Texts.Get(language, TextId.MineEmpty), new CardOrigin(CardView.Mine, null, page));
    }

    public TaskListView For(CardOrigin origin, Member member, Language language) =>
        origin.View == CardView.Mine
            ? Mine(member, origin.Page, language)
            : Filtered(TaskListFilter.Parse(origin.Scope ?? "", pools).Filter ?? TaskListFilter.None, origin.Page, language);

    private string Title(TaskListFilter filter, Language language)
    {
        var title = filter switch
        {
            { Overdue: true } => Texts.Get(language, TextId.ListTitleOverdue),
            { State: TaskState.Done } => Texts.Get(language, TextId.ListTitleDone),
            { State: TaskState.Cancelled } => Texts.Get(language, TextId.ListTitleCancelled),
            { Pool: { } pool, State: null } => $"📋 {pools.Name(pool, language)}",
            _ => Texts.Get(language, TextId.ListTitleAll),
        };
        var qualifiers = new List<string>();
        if (filter.Pool is { } p && !(filter is { State: null, Overdue: false }))
            qualifiers.Add(pools.Name(p, language));
        if (filter.State is { } s && !filter.IsClosedState)
            qualifiers.Add(Texts.State(language, s));
        if (filter.Priority is { } priority)
            qualifiers.Add(priority.ToString());
        if (filter.Owner is { } owner)
            qualifiers.Add("@" + owner);
        return qualifiers.Count == 0 ? title : $"{title} · {string.Join(" · ", qualifiers)}";
    }
}
