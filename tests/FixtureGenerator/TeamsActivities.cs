using NorthPool.IntegrationTests.Support;

namespace NorthPool.FixtureGenerator;

// The integration tests' Teams-shaped activities, with fixed activity ids (v0-activity-001 …) and Entra object ids, so
// the history rows come out the same on every run.
public sealed class TeamsActivities(string serviceUrl)
{
    private int _count;

    public Dictionary<string, object?> Personal(string text, Person from, string locale = "zh-CN") =>
        As(Activities.Personal(serviceUrl, text, from.Id, from.Name, NextId(), locale), from);

    public Dictionary<string, object?> Group(string text, Person from) =>
        As(Activities.Group(serviceUrl, text, from.Id, from.Name, NextId()), from);

    // In the chairman's channel, @mentioning the bot and, if given, one member.
    public Dictionary<string, object?> Channel(string text, Person from, Person? mentioned = null)
    {
        var activity = As(Activities.Channel(serviceUrl, text, from.Id, from.Name, NextId()), from);
        if (mentioned is not null)
        {
            activity["entities"] = new object[]
            {
                new { type = "mention", text = "<at>NorthPool</at>", mentioned = new { id = Activities.BotId, name = "NorthPool" } },
                new { type = "mention", text = $"<at>{mentioned.Name}</at>", mentioned = new { id = mentioned.Id, name = mentioned.Name } },
            };
        }
        return activity;
    }

    // A card button (Action.Execute) pressed in the conversation of the given activity.
    public Dictionary<string, object?> Press(Dictionary<string, object?> conversationOf, string replyToId, string verb, object data, Person from)
    {
        var invoke = As(Activities.Press(conversationOf, replyToId, verb, data, from.Id, from.Name), from);
        invoke["id"] = NextId();
        return invoke;
    }

    private static Dictionary<string, object?> As(Dictionary<string, object?> activity, Person from)
    {
        activity["from"] = new { id = from.Id, name = from.Name, aadObjectId = from.AadObjectId };
        return activity;
    }

    private string NextId() => $"v0-activity-{++_count:D3}";
}
