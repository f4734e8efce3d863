using NorthPool.BotFramework.Schema;

namespace NorthPool.Commands;

public static class Mentions
{
    // The people @mentioned in the message, the bot itself left out, in order.
    public static IReadOnlyList<(string Id, string Name)> Of(Activity? activity) =>
        activity?.Entities?
            .Where(e => e.Type == "mention" && e.Mentioned is not null && e.Mentioned.Id != activity.Recipient?.Id)
            .Select(e => (e.Mentioned!.Id, Name: e.Mentioned.Name ?? e.Mentioned.Id))
            .DistinctBy(m => m.Id)
            .ToList() ?? [];

    // A mention's name left in the text ("分派 BD-001 张伟" after "<at>张伟</at>"), so what remains is the rest.
    public static string Without(string text, IEnumerable<(string Id, string Name)> mentioned)
    {
        foreach (var (_, name) in mentioned)
            text = text.Replace("@" + name, " ", StringComparison.Ordinal).Replace(name, " ", StringComparison.Ordinal);
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
