using System.Text.RegularExpressions;
using NorthPool.BotFramework.Schema;

namespace NorthPool.Bot;

public static partial class MentionText
{
    // Removes the bot's own <at>…</at> mention(s); other mentions keep their inner text.
    public static string StripBotMention(Activity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        var tags = (activity.Entities ?? [])
            .Where(m => m.Type == "mention" && m.Mentioned?.Id == botId)
            .Select(m => m.Text ?? $"<at>{m.Mentioned?.Name}</at>")
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var tag in tags)
            text = text.Replace(tag, " ", StringComparison.OrdinalIgnoreCase);
        return AtTag().Replace(text, m => $" {m.Groups["name"].Value} ").Trim();
    }

    // No lazy ".*?": "<at>" repeated without a closing tag must not cost quadratic time.
    [GeneratedRegex("<at[^>]*>(?<name>[^<]*)</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();
}
