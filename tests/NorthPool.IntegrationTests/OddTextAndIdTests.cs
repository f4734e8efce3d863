using System.Net;
using System.Text.Json;
using NorthPool.IntegrationTests.Support;
using NorthPool.Tasks;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// Issue 9, fault 7: fuzzed text and ids got HTTP 500 or no answer at all. Each is now refused with 400 and a reason,
// or handled; either way the sender gets an answer and nothing is stored half.
public sealed class OddTextAndIdTests : BotTest
{
    private const string LoneHigh = "\\ud800";
    private static readonly string LongId = "29:" + new string('x', 1100);

    private Dictionary<string, object?> Press(object data)
    {
        var invoke = Personal(Connector.ServiceUrl, "");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke.Remove("text");
        invoke["value"] = new { action = new { type = "Action.Execute", verb = "claim", data }, trigger = "manual" };
        return invoke;
    }

    private Dictionary<string, object?> Submit(object value)
    {
        var submit = Personal(Connector.ServiceUrl, "");
        submit.Remove("text");
        submit["value"] = value;
        return submit;
    }

    // A lone surrogate cannot be produced by a serializer that checks its input; JSON's \u escape carries it.
    private Task<HttpResponseMessage> PostWithLoneSurrogateAsync(Dictionary<string, object?> activity) =>
        Bot.PostRawAsync(JsonSerializer.Serialize(activity).Replace("LONE", LoneHigh, StringComparison.Ordinal));

    private async Task AssertRefusedAsync(HttpResponseMessage response, string reasonPart)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reasonPart, body, StringComparison.Ordinal);
        await Bot.StopAsync(); // every turn started has finished: nothing may have run
        Assert.Equal(0, Bot.Db.Audit.Count());
        Assert.Empty(Connector.Sent);
    }

    [Fact]
    public async Task ACardPressWhoseDataHoldsALoneSurrogateIs400()
    {
        var response = await PostWithLoneSurrogateAsync(Press(new { taskId = "BD-001LONE" }));

        await AssertRefusedAsync(response, "value holds a lone surrogate");
    }

    [Fact]
    public async Task AnActionSubmitWhoseValueHoldsALoneSurrogateIs400()
    {
        var response = await PostWithLoneSurrogateAsync(Submit(new { verb = "claim", taskId = "BD-001", LONE = "x" }));

        await AssertRefusedAsync(response, "value holds a lone surrogate");
    }

    [Fact]
    public async Task ChannelDataHoldingALoneSurrogateIs400()
    {
        var message = Personal(Connector.ServiceUrl, "认领 BD-001");
        message["channelData"] = new { tenant = new { id = "LONE" } };

        await AssertRefusedAsync(await PostWithLoneSurrogateAsync(message), "channelData holds a lone surrogate");
    }

    [Theory]
    [InlineData("from.id")]
    [InlineData("conversation.id")]
    [InlineData("id")]
    [InlineData("entities.mentioned.id")]
    public async Task ACardPressWithAnIdOver1023BytesIs400NamingTheId(string field)
    {
        var press = Press(new { taskId = "BD-001" });
        WithLongId(press, field);

        await AssertRefusedAsync(await Bot.PostAsync(press), $"{field} is 1103 bytes long");
    }

    [Theory]
    [InlineData("from.id")]
    [InlineData("conversation.id")]
    public async Task AMessageWithAnIdOver1023BytesIs400NamingTheId(string field)
    {
        var message = Personal(Connector.ServiceUrl, "认领 BD-001");
        WithLongId(message, field);

        await AssertRefusedAsync(await Bot.PostAsync(message), $"{field} is 1103 bytes long");
    }

    [Fact]
    public async Task AnIdOfTeamsLengthIsAccepted()
    {
        var message = Personal(Connector.ServiceUrl, "认领 BD-001", userId: "29:" + new string('u', 300));

        Assert.Equal(HttpStatusCode.OK, (await Bot.PostAsync(message)).StatusCode);
        Assert.StartsWith("✅ 已认领 [BD-001-2026W48]", await Connector.ReplyToAsync((string)message["id"]!));
    }

    [Theory]
    [InlineData('\uFFFE')]
    [InlineData('\uFFFF')]
    [InlineData('\uFDD0')]
    public async Task AMessageHoldingANoncharacterIsAnsweredAsWithoutIt(char noncharacter)
    {
        var message = Personal(Connector.ServiceUrl, $"认领 BD-001{noncharacter}");

        Assert.Equal(HttpStatusCode.OK, (await Bot.PostAsync(message)).StatusCode);

        Assert.StartsWith("✅ 已认领 [BD-001-2026W48]", await Connector.ReplyToAsync((string)message["id"]!));
        Assert.Equal(TaskState.InProgress, Bot.Tasks.Find("BD-001-2026W48")!.State);
    }

    [Fact]
    public async Task ACardPressHoldingANoncharacterIsAnsweredAsWithoutIt()
    {
        var response = await Bot.PostAsync(Press(new { taskId = "CS-010\uFFFE" }));
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("✅ 已认领 [CS-010-2026M11]", CardContent.Flatten(body.RootElement.GetProperty("value")));
    }

    private static void WithLongId(Dictionary<string, object?> activity, string field)
    {
        switch (field)
        {
            case "from.id":
                activity["from"] = new { id = LongId, name = "张伟" };
                break;
            case "conversation.id":
                activity["conversation"] = new { id = LongId, conversationType = "personal", tenantId = Tenant };
                break;
            case "id":
                activity["id"] = LongId;
                break;
            case "entities.mentioned.id":
                activity["entities"] = new object[] { new { type = "mention", text = "<at>张伟</at>", mentioned = new { id = LongId, name = "张伟" } } };
                break;
        }
    }
}
