namespace NorthPool.Cards.Actions;

public sealed record OpenUrlAction(string Url) : CardAction;
