using NorthPool.Members;

namespace NorthPool.Commands;

// FromCard: the verb came from a button, so it says nothing about the language the member writes in.
public sealed record CommandRequest(string Text, Member Member, string? Locale, string? ActivityId, bool FromCard);
