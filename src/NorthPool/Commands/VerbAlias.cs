using NorthPool.Localization;

namespace NorthPool.Commands;

// A word a member may type for a verb, and the language that word tells us the member writes in.
public sealed record VerbAlias(string Word, IVerb Verb, Language Language);
