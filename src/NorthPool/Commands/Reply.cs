using NorthPool.Cards;
using NorthPool.Localization;

namespace NorthPool.Commands;

// What the bot answers a command with. Text is Teams markdown; with a card it is the notification summary and the
// text an invoke falls back to.
public sealed record Reply(string Text)
{
    public AdaptiveCard? Card { get; init; }

    // The language the reply is in; a posted card keeps it when it is updated later.
    public Language Language { get; init; }

    // The task a task card shows. When such a card is posted as a new message, the post is recorded so later changes
    // can update it in place.
    public string? ShownTaskId { get; init; }

    // The tasks this command changed: cards of them posted earlier are refreshed.
    public IReadOnlyList<string> ChangedTaskIds { get; init; } = [];
}
