using NorthPool.Localization;
using NorthPool.Members;

namespace NorthPool.Commands;

// Parses a member's text, picks the reply language, checks the verb's permission (unless the verb checks it where
// it knows the task) and hands the call to the verb.
public sealed class CommandDispatcher(CommandParser parser, LanguageResolver languages, WhoMay whoMay, PoolNames pools)
{
    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var parsed = parser.Parse(request.Text);
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
            ParseResult.Parsed { Verb.Spec: { ChecksInHandler: false } spec } when !spec.Permission.Allows(request.Member, task: null) =>
                new Reply(whoMay.Refusal(spec.Permission, null, language, spec.Action(language), code => pools.ShortName(code, language))),
            ParseResult.Parsed p => await p.Verb.HandleAsync(new VerbCall(p.Verb, p.Args, p.Text, context), cancellationToken),
            _ => throw new InvalidOperationException("unreachable"),
        };
        return reply with { Language = language };
    }
}
