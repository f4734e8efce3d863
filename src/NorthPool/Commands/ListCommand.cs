using System.Text;
using NorthPool.Localization;
using NorthPool.Tasks;

namespace NorthPool.Commands;

// "list [pool]" and "mine": open tasks by pool, in catalog order.
public sealed class ListCommand(TaskStore store, PoolNames pools)
{
    public Reply List(string args, CommandContext context)
    {
        var language = context.Language;
        var filter = args.Trim();
        string? poolCode = null;
        if (filter.Length > 0)
        {
            poolCode = pools.Match(filter);
            if (poolCode is null)
                return new Reply(Texts.Get(language, TextId.PoolNotFound, filter, string.Join(", ", pools.Codes)));
        }

        var open = store.All().Where(t => TaskTransitions.IsOpen(t.State) && (poolCode is null || t.Pool == poolCode));
        var text = new StringBuilder();
        foreach (var code in poolCode is null ? pools.Codes : [poolCode])
        {
            var inPool = open.Where(t => t.Pool == code).OrderBy(t => t.Priority).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
            if (text.Length > 0)
                text.Append("\n\n");
            if (inPool.Count == 0)
            {
                text.Append(Texts.Get(language, TextId.ListEmpty, pools.Name(code, language)));
                continue;
            }
            text.Append(Texts.Get(language, TextId.ListHeader, pools.Name(code, language), inPool.Count));
            foreach (var task in inPool)
                text.Append('\n').Append(Line(task, language));
        }
        return new Reply(text.ToString());
    }

    public Reply Mine(CommandContext context)
    {
        var language = context.Language;
        var mine = store.OwnedBy(context.Member.Id).Where(t => TaskTransitions.IsOpen(t.State))
            .OrderBy(t => t.Priority).ThenBy(t => t.Id, StringComparer.Ordinal).ToList();
        if (mine.Count == 0)
            return new Reply(Texts.Get(language, TextId.MineEmpty));
        var text = new StringBuilder(Texts.Get(language, TextId.MineHeader, mine.Count));
        foreach (var task in mine)
            text.Append('\n').Append(Line(task, language));
        return new Reply(text.ToString());
    }

    private static string Line(TaskInstance task, Language language)
    {
        var detail = task.State == TaskState.Pooled ? "" : $" · {task.OwnerName} · {task.Progress}%";
        return Texts.Get(language, TextId.ListLine, TaskLabel.Of(task), Texts.State(language, task.State), detail);
    }
}
