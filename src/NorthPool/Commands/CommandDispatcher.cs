using NorthPool.CardViews;
using NorthPool.Localization;
using NorthPool.Members;
using NorthPool.Reports;

namespace NorthPool.Commands;

// Parses a member's text, picks the reply language and routes to the verb's handler.
public sealed class CommandDispatcher(
    MoveCommand moves,
    MovePresenter movePresenter,
    ShowCommand show,
    ListCommand list,
    LanguageCommand languageCommand,
    ReportCommand report,
    InstructCommand instructions,
    LanguageResolver languages)
{
    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var parsed = CommandParser.Parse(request.Text);
        var typed = request.FromCard ? request.Origin!.Language : parsed switch
        {
            ParseResult.Parsed p => p.Language,
            ParseResult.UnknownVerb u => u.Language,
            _ => TextNormalizer.HasCjk(request.Text) ? Language.ZhCn : (Language?)null,
        };
        var context = new CommandContext(
            request.Member, languages.Resolve(request.Member.Id, typed, request.Locale), request.ActivityId, request.Origin, request.OnlyMemberSees)
        {
            Activity = request.Activity,
        };
        var language = context.Language;

        var reply = parsed switch
        {
            ParseResult.TooLong tooLong => new Reply(Texts.Get(language, TextId.TextTooLong, tooLong.Length, CommandParser.MaxLength)),
            ParseResult.Empty => new Reply(Texts.Get(language, TextId.EmptyCommand)),
            ParseResult.UnknownVerb { Suggestion: { } suggestion } unknown => new Reply(Texts.Get(language, TextId.UnknownCommand, unknown.Typed, suggestion.Word)),
            ParseResult.UnknownVerb unknown => new Reply(Texts.Get(language, TextId.UnknownCommandNoSuggestion, unknown.Typed)),
            ParseResult.Parsed { Verb: var verb } p when MoveCommand.Handles(verb) =>
                movePresenter.Present(await moves.HandleAsync(verb, p.Args, p.Text, context, cancellationToken), context),
            ParseResult.Parsed { Verb: Verb.Show } p => show.Handle(p.Args, context),
            ParseResult.Parsed { Verb: Verb.List } p => list.List(p.Args, context),
            ParseResult.Parsed { Verb: Verb.Mine } => list.Mine(context),
            ParseResult.Parsed { Verb: Verb.Lang } p => await languageCommand.HandleAsync(p.Args, context, cancellationToken),
            ParseResult.Parsed { Verb: Verb.Report } p => await report.HandleAsync(p.Args, p.Text, context, cancellationToken),
            ParseResult.Parsed { Verb: Verb.ReportHere } => await report.RegisterChannelAsync(context, cancellationToken),
            ParseResult.Parsed { Verb: Verb.Instruct } p => await instructions.InstructAsync(p.Args, p.Text, context, cancellationToken),
            ParseResult.Parsed { Verb: Verb.Acknowledge } p => await instructions.AdvanceAsync(p.Args, DirectiveState.InProgress, context, cancellationToken),
            ParseResult.Parsed { Verb: Verb.Fulfil } p => await instructions.AdvanceAsync(p.Args, DirectiveState.Done, context, cancellationToken),
            ParseResult.Parsed { Verb: Verb.SetChairman } => await instructions.SetChairmanAsync(context, cancellationToken),
            _ => new Reply(Texts.Get(language, TextId.Help)) { Card = HelpCardBuilder.Build(language) },
        };
        return reply with { Language = language };
    }
}
