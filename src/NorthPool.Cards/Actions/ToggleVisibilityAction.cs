namespace NorthPool.Cards.Actions;

public sealed record ToggleVisibilityAction(IReadOnlyList<string> TargetElements) : CardAction;
