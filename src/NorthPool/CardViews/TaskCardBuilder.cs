using NorthPool.Cards;
using NorthPool.Cards.Actions;
using NorthPool.Cards.Elements;
using NorthPool.Cards.Inputs;
using NorthPool.Commands;
using NorthPool.Localization;
using NorthPool.Members;
using NorthPool.Pools;
using NorthPool.Tasks;

namespace NorthPool.CardViews;

// The task card: what the task is, where it stands, its last three changes, and a button for exactly the moves the
// viewer may make now. With no viewer (a card everyone in a chat sees) it offers the moves legal in this state.
public sealed class TaskCardBuilder(TaskStore store, PoolNames pools, Catalog catalog, DisplayClock clock, TimeProvider timeProvider)
{
    public AdaptiveCard Build(TaskInstance task, Language language, Member? viewer, CardNotice? notice = null)
    {
        var body = new List<CardElement>();
        if (notice is not null)
            body.Add(Notice(notice));
        body.Add(Header(task, language));
        body.Add(Facts(task, language));
        body.AddRange(History(task, language));

        return new AdaptiveCard
        {
            Body = body,
            Actions = Moves(task, viewer).Select(t => Button(task, t, language)).ToList(),
            FallbackText = Texts.Get(language, TextId.TaskSummary, TaskLabel.Of(task), Texts.State(language, task.State)),
        };
    }

    // Each listed viewer's Teams client asks for its own version of the card (an automatic "refresh" invoke). The
    // refresh names no language: each viewer's view follows their own choice or client locale.
    public static AdaptiveCard WithRefresh(AdaptiveCard card, string taskId, IReadOnlyList<string> userIds) =>
        card with { Refresh = new Refresh(new ExecuteAction { Verb = CardVerbs.Refresh, Data = new Dictionary<string, string> { ["taskId"] = taskId } }) { UserIds = userIds } };

    public static IReadOnlyList<TaskTrigger> Moves(TaskInstance task, Member? viewer) =>
        TaskTransitions.AllowedFrom(task.State)
            // A quota task's progress is its tally: its card offers +1 instead of a percentage (Teams shows 5 buttons).
            .Where(t => task.Quota is null ? t != TaskTrigger.Log : t != TaskTrigger.Progress)
            .Where(t => viewer is null || TaskPermissions.Allows(t, task, viewer))
            .ToList();

    public static TextColor StateColor(TaskState state) => state switch
    {
        TaskState.Pooled => TextColor.Accent,
        TaskState.InProgress => TextColor.Good,
        TaskState.Paused => TextColor.Warning,
        TaskState.Cancelled => TextColor.Attention,
        _ => TextColor.Default,
    };

    internal static Container Notice(CardNotice notice) =>
        new([new TextBlock(notice.Text) { Weight = TextWeight.Bolder, Color = notice.IsError ? TextColor.Attention : TextColor.Good }])
        {
            Id = "notice",
            Style = notice.IsError ? ContainerStyle.Attention : ContainerStyle.Good,
        };

    private ColumnSet Header(TaskInstance task, Language language) => new(
    [
        new Column(
        [
            new TextBlock($"{task.Id} · {pools.Name(task.Pool, language)}") { Size = TextSize.Small, IsSubtle = true },
            new TextBlock(task.Title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Spacing = Spacing.None },
        ]) { Width = "stretch" },
        new Column([new TextBlock(Texts.State(language, task.State)) { Weight = TextWeight.Bolder, Color = StateColor(task.State), Wrap = false }])
        {
            Width = "auto",
            VerticalContentAlignment = VerticalAlignment.Center,
        },
    ]);

    private FactSet Facts(TaskInstance task, Language language)
    {
        var template = catalog.Template(task.TemplateId);
        var facts = new List<Fact>
        {
            new(Texts.Get(language, TextId.FactOwner), task.OwnerName ?? Texts.Get(language, TextId.ShowUnassigned)),
            new(Texts.Get(language, TextId.FactPriority), Priority(task.Priority, language)),
            new(Texts.Get(language, TextId.FactProgress), task.ProgressNote is { } note ? $"{task.Progress}% · {note}" : $"{task.Progress}%"),
        };
        if (task.Quota is { } quota)
            facts.Add(new Fact(Texts.Get(language, TextId.FactQuota), quota.ToString()));
        if (task.PeriodKey is { } period)
            facts.Add(new Fact(Texts.Get(language, TextId.FactPeriod), task.MissedPeriods is { Count: > 0 } missed
                ? period + Texts.Get(language, TextId.HistoryMissed, string.Join(language.ListSeparator(), missed))
                : period));
        if (task.DueAt is { } due)
        {
            var overdue = task.IsOverdue(timeProvider.GetUtcNow()) ? $" · ⏰ {Texts.Get(language, TextId.Overdue)}" : "";
            facts.Add(new Fact(Texts.Get(language, TextId.FactDue), clock.Local(due).ToString("yyyy-MM-dd", language.Culture()) + overdue));
        }
        if (template is not null)
        {
            facts.Add(new Fact(Texts.Get(language, TextId.FactFrequency), template.FrequencyText));
            facts.Add(new Fact(Texts.Get(language, TextId.FactDescription), template.Description));
            facts.Add(new Fact(Texts.Get(language, TextId.FactOutput), template.Output));
        }
        return new FactSet(facts) { Id = "facts" };
    }

    private IEnumerable<CardElement> History(TaskInstance task, Language language)
    {
        yield return new TextBlock(Texts.Get(language, TextId.CardHistory)) { Size = TextSize.Small, Weight = TextWeight.Bolder, Separator = true };
        var entries = store.RecentHistory(task);
        if (entries.Count == 0)
            yield return new TextBlock(Texts.Get(language, TextId.ShowNoHistory)) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None };
        foreach (var entry in entries)
        {
            yield return new TextBlock(HistoryText.Line(entry, language, clock)) { Size = TextSize.Small, IsSubtle = true, Spacing = Spacing.None };
        }
    }

    private static CardAction Button(TaskInstance task, TaskTrigger trigger, Language language) => trigger switch
    {
        TaskTrigger.Pause => WithReason(task, trigger, language, TextId.ButtonPause, TextId.LabelPauseReason, TextId.ButtonConfirmPause),
        TaskTrigger.Cancel => WithReason(task, trigger, language, TextId.ButtonCancel, TextId.LabelCancelReason, TextId.ButtonConfirmCancel),
        TaskTrigger.Progress => ProgressForm(task, language),
        TaskTrigger.Log => LogForm(task, language),
        _ => Execute(CardVerbs.For(trigger), task.Id, language) with
        {
            Title = Texts.Get(language, ButtonText(trigger)),
            Style = trigger is TaskTrigger.Claim or TaskTrigger.Finish ? ActionStyle.Positive : null,
        },
    };

    private static ShowCardAction WithReason(TaskInstance task, TaskTrigger trigger, Language language, TextId button, TextId label, TextId confirm) =>
        new(Form(
            [
                new TextInput
                {
                    Id = CardVerbs.For(trigger) + "Reason", Label = Texts.Get(language, label), Placeholder = Texts.Get(language, TextId.PlaceholderReason),
                    IsRequired = true, ErrorMessage = Texts.Get(language, TextId.ErrorReasonRequired), MaxLength = 500,
                },
            ],
            Execute(CardVerbs.For(trigger), task.Id, language) with { Title = Texts.Get(language, confirm), AssociatedInputs = AssociatedInputs.Auto }))
        {
            Title = Texts.Get(language, button),
        };

    private static ShowCardAction ProgressForm(TaskInstance task, Language language) =>
        new(Form(
            [
                new NumberInput
                {
                    Id = "progress", Label = Texts.Get(language, TextId.LabelProgress), Min = 0, Max = 100, Value = task.Progress,
                    IsRequired = true, ErrorMessage = Texts.Get(language, TextId.ErrorProgressRange),
                },
                new TextInput { Id = "note", Label = Texts.Get(language, TextId.LabelNote), Placeholder = Texts.Get(language, TextId.PlaceholderNote), MaxLength = 500 },
            ],
            Execute(CardVerbs.For(TaskTrigger.Progress), task.Id, language) with { Title = Texts.Get(language, TextId.ButtonSaveProgress), AssociatedInputs = AssociatedInputs.Auto }))
        {
            Title = Texts.Get(language, TextId.ButtonProgress),
        };

    private static ShowCardAction LogForm(TaskInstance task, Language language) =>
        new(Form(
            [
                new TextInput { Id = "logNote", Label = Texts.Get(language, TextId.LabelLogNote), Placeholder = Texts.Get(language, TextId.PlaceholderLogNote), MaxLength = 500 },
            ],
            Execute(CardVerbs.For(TaskTrigger.Log), task.Id, language) with { Title = Texts.Get(language, TextId.ButtonLogOne), AssociatedInputs = AssociatedInputs.Auto }))
        {
            Title = Texts.Get(language, TextId.ButtonLogOne),
        };

    private static AdaptiveCard Form(IReadOnlyList<CardElement> inputs, ExecuteAction submit) =>
        new() { Schema = null, Body = inputs, Actions = [submit] };

    // Action.Execute, falling back to Action.Submit (same verb and data) on clients without Universal Actions.
    internal static ExecuteAction Execute(string verb, string taskId, Language language) => new()
    {
        Verb = verb,
        Data = CardData.For(language, ("taskId", taskId)),
        Fallback = new SubmitAction { Data = CardData.For(language, ("verb", verb), ("taskId", taskId)) },
    };

    private static TextId ButtonText(TaskTrigger trigger) => trigger switch
    {
        TaskTrigger.Claim => TextId.ButtonClaim,
        TaskTrigger.Resume => TextId.ButtonResume,
        TaskTrigger.Finish => TextId.ButtonFinish,
        _ => TextId.ButtonRelease,
    };

    private static string Priority(Priority priority, Language language) => Texts.Get(language, priority switch
    {
        Tasks.Priority.P0 => TextId.PriorityP0,
        Tasks.Priority.P1 => TextId.PriorityP1,
        Tasks.Priority.P2 => TextId.PriorityP2,
        _ => TextId.PriorityP3,
    });
}
