namespace NorthPool.Cards.Actions;

public sealed record ShowCardAction(AdaptiveCard Card) : CardAction;
