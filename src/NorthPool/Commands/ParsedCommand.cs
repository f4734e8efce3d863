using NorthPool.Localization;

namespace NorthPool.Commands;

public abstract record ParseResult
{
    // Args is what follows the verb, normalised; Text gives back the free text as typed; Language is the verb's.
    public sealed record Parsed(IVerb Verb, string Args, Language Language, CommandText Text) : ParseResult;

    public sealed record UnknownVerb(string Typed, VerbAlias? Suggestion, Language? Language) : ParseResult;

    public sealed record TooLong(int Length) : ParseResult;

    public sealed record Empty : ParseResult;
}
