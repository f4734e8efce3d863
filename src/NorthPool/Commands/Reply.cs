namespace NorthPool.Commands;

// What the bot answers a command with. Text is Teams markdown.
public sealed record Reply(string Text);
