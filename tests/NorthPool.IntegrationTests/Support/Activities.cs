namespace NorthPool.IntegrationTests.Support;

// Teams-shaped activities as the Agents Playground and Teams send them.
public static class Activities
{
    public const string BotId = "28:00000000-0000-0000-0000-0000000000b0";
    public const string Tenant = "72f988bf-0000-4000-8000-000000000001";

    public static Dictionary<string, object?> Personal(string serviceUrl, string text, string userId = "29:user-zhang", string name = "张伟", string? id = null, string locale = "zh-CN") => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString(),
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = locale,
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new { id = userId, name, aadObjectId = Guid.NewGuid().ToString() },
        ["recipient"] = new { id = BotId, name = "NorthPool" },
        ["conversation"] = new { id = $"a:1personal-{userId}", conversationType = "personal", tenantId = Tenant },
        ["channelData"] = new { tenant = new { id = Tenant } },
    };

    public static Dictionary<string, object?> Group(string serviceUrl, string text, string userId = "29:user-li", string name = "李娜", string? id = null)
    {
        var activity = Personal(serviceUrl, $"<at>NorthPool</at> {text}", userId, name, id);
        activity["conversation"] = new { id = "19:sales-group@thread.v2", conversationType = "groupChat", isGroup = true, tenantId = Tenant };
        activity["entities"] = new object[] { new { type = "mention", text = "<at>NorthPool</at>", mentioned = new { id = BotId, name = "NorthPool" } } };
        return activity;
    }

    // A button press on a card: Action.Execute arrives as an adaptiveCard/action invoke carrying verb and data.
    public static Dictionary<string, object?> Press(Dictionary<string, object?> conversationOf, string replyToId, string verb, object data, string userId, string name)
    {
        var invoke = new Dictionary<string, object?>(conversationOf)
        {
            ["type"] = "invoke",
            ["name"] = "adaptiveCard/action",
            ["id"] = Guid.NewGuid().ToString(),
            ["replyToId"] = replyToId,
            ["from"] = new { id = userId, name },
            ["value"] = new { action = new { type = "Action.Execute", verb, data }, trigger = "manual" },
        };
        invoke.Remove("text");
        invoke.Remove("entities");
        return invoke;
    }

    // The same message with a member @mentioned in it ("分派 BD-001 <at>张伟</at>").
    public static Dictionary<string, object?> Mentioning(Dictionary<string, object?> activity, string userId, string name)
    {
        var mentioned = new Dictionary<string, object?>(activity) { ["text"] = $"{activity["text"]} <at>{name}</at>" };
        var entities = activity.TryGetValue("entities", out var existing) && existing is object[] list ? list.ToList() : [];
        entities.Add(new { type = "mention", text = $"<at>{name}</at>", mentioned = new { id = userId, name } });
        mentioned["entities"] = entities.ToArray();
        return mentioned;
    }

    public static Dictionary<string, object?> Channel(string serviceUrl, string text, string userId = "29:user-li", string name = "李娜", string? id = null)
    {
        var activity = Personal(serviceUrl, $"<at>NorthPool</at> {text}", userId, name, id);
        activity["conversation"] = new { id = "19:chairman@thread.tacv2;messageid=1795528157024", conversationType = "channel", isGroup = true, tenantId = Tenant };
        activity["entities"] = new object[] { new { type = "mention", text = "<at>NorthPool</at>", mentioned = new { id = BotId, name = "NorthPool" } } };
        activity["channelData"] = new { tenant = new { id = Tenant }, team = new { id = "19:general@thread.tacv2" }, channel = new { id = "19:chairman@thread.tacv2" } };
        return activity;
    }
}
