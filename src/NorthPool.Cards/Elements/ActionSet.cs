namespace NorthPool.Cards.Elements;

public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
