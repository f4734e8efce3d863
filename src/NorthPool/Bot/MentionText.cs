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
        foreach (var mention in activity.Entities ?? [])
        {
            if (mention.Type != "mention" || mention.Mentioned?.Id != botId)
                continue;
            var tag = mention.Text ?? $"<at>{mention.Mentioned?.Name}</at>";
            text = text.Replace(tag, " ", StringComparison.OrdinalIgnoreCase);
        }
        return AtTag().Replace(text, m => $" {m.Groups["name"].Value} ").Trim();
    }

    [GeneratedRegex("<at[^>]*>(?<name>.*?)</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();
}
