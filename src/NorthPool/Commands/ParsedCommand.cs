using NorthPool.Localization;

namespace NorthPool.Commands;

public abstract record ParseResult
{
    // Args is what follows the verb, normalised; Text gives back the free text as typed; Language is the verb's.
    public sealed record Parsed(Verb Verb, string Args, Language Language, CommandText Text) : ParseResult;

    // Suggestion is a known verb near what was typed, or null when none is near enough to be meant.
    public sealed record UnknownVerb(string Typed, VerbAlias? Suggestion, Language? Language) : ParseResult;

    public sealed record TooLong(int Length) : ParseResult;

    public sealed record Empty : ParseResult;
}
