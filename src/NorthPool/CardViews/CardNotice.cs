namespace NorthPool.CardViews;

// A message shown on top of a card: a confirmation, or why a button press was refused.
public sealed record CardNotice(string Text, bool IsError);
