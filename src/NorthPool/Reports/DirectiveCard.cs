using System.Globalization;
using NorthPool.Cards;
using NorthPool.Cards.Actions;
using NorthPool.Cards.Elements;
using NorthPool.CardViews;
using NorthPool.Localization;

namespace NorthPool.Reports;

// What the owner of an instruction gets in their personal chat: the instruction, and 收到 / 已落实.
public sealed class DirectiveCard(ReportSchedule schedule)
{
    public const string AckVerb = "ack";
    public const string FulfilVerb = "fulfil";

    public AdaptiveCard Build(Directive directive, Language language, CardNotice? notice = null)
    {
        string T(ReportText id, params object?[] args) => ReportTexts.Get(language, id, args);
        var body = new List<CardElement>();
        if (notice is not null)
            body.Add(TaskCardBuilder.Notice(notice));
        body.Add(new TextBlock(T(ReportText.DirectiveTitle, directive.Id)) { Size = TextSize.Medium, Weight = TextWeight.Bolder });
        body.Add(new TextBlock(directive.Text) { Size = TextSize.Medium });
        var facts = new List<Fact>
        {
            new(T(ReportText.DirectiveFrom), directive.AuthorName),
            new(T(ReportText.DirectiveAt), TimeZoneInfo.ConvertTime(directive.At, schedule.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
            new(T(ReportText.DirectiveOwner), directive.OwnerName ?? T(ReportText.NoOwner)),
            new(T(ReportText.DirectiveState), StateText(directive.State, language)),
        };
        if (directive.TaskIds.Count > 0)
            facts.Insert(2, new Fact(T(ReportText.DirectiveTasks), string.Join(", ", directive.TaskIds)));
        body.Add(new FactSet(facts));

        var actions = new List<CardAction>();
        if (directive.State == DirectiveState.Pending)
            actions.Add(Button(directive, AckVerb, T(ReportText.ButtonAck), language));
        if (directive.State != DirectiveState.Done)
            actions.Add(Button(directive, FulfilVerb, T(ReportText.ButtonFulfil), language) with { Style = ActionStyle.Positive });
        return new AdaptiveCard { Body = body, Actions = actions, FallbackText = T(ReportText.DirectiveTitle, directive.Id) };
    }

    public static string StateText(DirectiveState state, Language language) => ReportTexts.Get(language, state switch
    {
        DirectiveState.Pending => ReportText.DirectivePending,
        DirectiveState.InProgress => ReportText.DirectiveInProgress,
        _ => ReportText.DirectiveDone,
    });

    private static ExecuteAction Button(Directive directive, string verb, string title, Language language)
    {
        var id = directive.Id.ToString(CultureInfo.InvariantCulture);
        return new ExecuteAction
        {
            Title = title,
            Verb = verb,
            Data = CardData.For(language, ("directiveId", id)),
            Fallback = new SubmitAction { Title = title, Data = CardData.For(language, ("verb", verb), ("directiveId", id)) },
        };
    }
}
