using NorthPool.CardViews;
using NorthPool.Localization;
using NorthPool.Members;
using NorthPool.Tasks;

namespace NorthPool.Commands;

// Which tasks a list shows: the open tasks of one pool or all pools, or the member's own open tasks.
public sealed class TaskLists(TaskStore store, PoolNames pools)
{
    public TaskListView Pool(string? poolCode, int page, Language language) => new(
        store.All().Where(t => TaskTransitions.IsOpen(t.State) && (poolCode is null || t.Pool == poolCode)).ToList(),
        poolCode is null ? Texts.Get(language, TextId.ListTitleAll) : $"📋 {pools.Name(poolCode, language)}",
        Texts.Get(language, TextId.ListEmpty, poolCode is null ? Texts.Get(language, TextId.ListTitleAll) : pools.Name(poolCode, language)),
        new CardOrigin(CardView.List, poolCode, page));

    public TaskListView Mine(Member member, int page, Language language)
    {
        var mine = store.OwnedBy(member.Id).Where(t => TaskTransitions.IsOpen(t.State)).ToList();
        return new TaskListView(mine, Texts.Get(language, TextId.MineHeader, mine.Count), Texts.Get(language, TextId.MineEmpty), new CardOrigin(CardView.Mine, null, page));
    }

    public TaskListView For(CardOrigin origin, Member member, Language language) =>
        origin.View == CardView.Mine ? Mine(member, origin.Page, language) : Pool(origin.Scope, origin.Page, language);
}
