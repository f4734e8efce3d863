using NorthPool.Cards;
using NorthPool.Cards.Actions;
using NorthPool.Cards.Elements;
using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Members;
using NorthPool.Tasks;

namespace NorthPool.CardViews;

// "list [pool]" grouped by pool, "mine" grouped by state; priority then due date; a page at a time so a card stays
// well inside Teams' 28 KB. Each row opens its task card and carries the one quick move that fits.
public sealed class TaskListCardBuilder(PoolNames pools, TimeProvider timeProvider)
{
    public const int PageSize = 12;

    public AdaptiveCard Build(TaskListView view, Language language, Member viewer, CardNotice? notice = null)
    {
        var ordered = view.Tasks
            .OrderBy(t => view.Origin.View == CardView.Mine ? (int)t.State : pools.Order(t.Pool))
            .ThenBy(t => t.Priority)
            .ThenBy(t => t.DueAt ?? DateTimeOffset.MaxValue)
            .ThenBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
        var pageCount = Math.Max(1, (ordered.Count + PageSize - 1) / PageSize);
        var page = Math.Clamp(view.Origin.Page, 1, pageCount);
        var shown = ordered.Skip((page - 1) * PageSize).Take(PageSize).ToList();

        var body = new List<CardElement>();
        if (notice is not null)
            body.Add(TaskCardBuilder.Notice(notice));
        body.Add(new TextBlock(view.Title) { Size = TextSize.Medium, Weight = TextWeight.Bolder });
        if (ordered.Count == 0)
            body.Add(new TextBlock(view.EmptyText) { IsSubtle = true });

        string? group = null;
        foreach (var task in shown)
        {
            var taskGroup = view.Origin.View == CardView.Mine ? Texts.State(language, task.State) : pools.Name(task.Pool, language);
            if (taskGroup != group)
            {
                body.Add(new TextBlock(taskGroup) { Size = TextSize.Small, Weight = TextWeight.Bolder, Separator = true, Color = TextColor.Accent });
                group = taskGroup;
            }
            body.Add(Row(task, language, viewer, view.Origin with { Page = page }));
        }
        if (ordered.Count > 0)
            body.Add(new TextBlock(Texts.Get(language, TextId.ListPage, page, pageCount, ordered.Count)) { Size = TextSize.Small, IsSubtle = true, Separator = true });

        var actions = new List<CardAction>();
        if (page > 1)
            actions.Add(PageButton(view.Origin, page - 1, Texts.Get(language, TextId.ButtonPreviousPage), language));
        if (page < pageCount)
            actions.Add(PageButton(view.Origin, page + 1, Texts.Get(language, TextId.ButtonNextPage), language));
        return new AdaptiveCard { Body = body, Actions = actions, FallbackText = view.Title };
    }

    private ColumnSet Row(TaskInstance task, Language language, Member viewer, CardOrigin origin)
    {
        var parts = new List<string> { Texts.State(language, task.State) };
        if (task.OwnerName is { } owner)
            parts.Add(owner);
        if (task.Quota is { } quota)
            parts.Add(quota.ToString());
        else if (task.OwnerName is not null)
            parts.Add($"{task.Progress}%");
        if (task.Priority < Priority.P2)
            parts.Add(task.Priority.ToString());
        if (task.IsOverdue(timeProvider.GetUtcNow()))
            parts.Add("⏰ " + Texts.Get(language, TextId.Overdue));
        var detail = string.Join(" · ", parts);
        var columns = new List<Column>
        {
            new([
                new TextBlock(TaskLabel.Of(task)) { Weight = TextWeight.Bolder },
                new TextBlock(detail) { Size = TextSize.Small, Color = TaskCardBuilder.StateColor(task.State), Spacing = Spacing.None },
            ])
            {
                Width = "stretch",
                SelectAction = new SubmitAction { Title = Texts.Get(language, TextId.ButtonOpen), Data = CardData.For(language, ("verb", CardVerbs.Show), ("taskId", task.Id)) },
            },
        };
        if (QuickMove(task, viewer) is { } move)
        {
            columns.Add(new Column([new ActionSet([ListAction(task, move, language, origin)])])
            {
                Width = "auto",
                VerticalContentAlignment = VerticalAlignment.Center,
            });
        }
        return new ColumnSet(columns) { Spacing = Spacing.Small };
    }

    // The one move worth a button on a row: take it if it is free, finish it if it is yours and running.
    private static TaskTrigger? QuickMove(TaskInstance task, Member viewer) => task.State switch
    {
        TaskState.Pooled => TaskTrigger.Claim,
        TaskState.InProgress when TaskPermissions.IsOwner(task, viewer) => TaskTrigger.Finish,
        TaskState.Paused when TaskPermissions.IsOwner(task, viewer) => TaskTrigger.Resume,
        _ => null,
    };

    private static ExecuteAction ListAction(TaskInstance task, TaskTrigger move, Language language, CardOrigin origin) => new()
    {
        Title = Texts.Get(language, move switch { TaskTrigger.Claim => TextId.ButtonClaim, TaskTrigger.Finish => TextId.ButtonFinish, _ => TextId.ButtonResume }),
        Verb = CardVerbs.For(move),
        Data = OriginData(origin, language, ("taskId", task.Id)),
    };

    private static ExecuteAction PageButton(CardOrigin origin, int page, string title, Language language) => new()
    {
        Title = title,
        Verb = origin.View == CardView.Mine ? CardVerbs.Mine : CardVerbs.List,
        Data = OriginData(origin with { Page = page }, language),
    };

    private static Dictionary<string, string> OriginData(CardOrigin origin, Language language, params (string Key, string Value)[] extra)
    {
        var data = CardData.For(language, [("view", origin.View.ToString().ToLowerInvariant()), ("page", origin.Page.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. extra]);
        if (origin.Scope is not null)
            data["scope"] = origin.Scope;
        return data;
    }
}

// One list as the member asked for it: which tasks, under what title, and where the card's buttons lead back to.
public sealed record TaskListView(IReadOnlyList<TaskInstance> Tasks, string Title, string EmptyText, CardOrigin Origin);
