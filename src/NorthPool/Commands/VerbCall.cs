namespace NorthPool.Commands;

// One use of a verb: what followed it (normalised), the message as typed, and who, where and in which language.
public sealed record VerbCall(IVerb Verb, string Args, CommandText Text, CommandContext Context);
