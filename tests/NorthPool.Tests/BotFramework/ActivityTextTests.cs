using System.Text.Json;
using NorthPool.BotFramework.Inbound;
using NorthPool.BotFramework.Schema;

namespace NorthPool.Tests.BotFramework;

public sealed class ActivityTextTests
{
    private static Activity Read(string json) => JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;

    [Theory]
    [InlineData("{\"type\":\"message\",\"value\":{\"taskId\":\"BD-001\\ud800\"}}", "value")]
    [InlineData("{\"type\":\"message\",\"value\":{\"\\udc00\":1}}", "value")]
    [InlineData("{\"type\":\"message\",\"value\":[[\"\\ud800x\"]]}", "value")]
    [InlineData("{\"type\":\"message\",\"channelData\":{\"tenant\":{\"id\":\"\\ud800\"}}}", "channelData")]
    [InlineData("{\"type\":\"message\",\"extra\":\"\\ud800\"}", "extra")]
    [InlineData("{\"type\":\"message\",\"entities\":[{\"type\":\"x\",\"data\":\"\\udfff\"}]}", "entities")]
    public void ALoneSurrogateIsFoundWhereverTheAppCouldReadIt(string json, string part) =>
        Assert.Equal(part, ActivityText.FindLoneSurrogate(Read(json)));

    [Fact]
    public void ASurrogatePairIsWellFormed() =>
        Assert.Null(ActivityText.FindLoneSurrogate(Read("{\"type\":\"message\",\"value\":{\"note\":\"\\ud83d\\ude00 好\"}}")));

    [Fact]
    public void NoncharactersAreRemovedFromTextValueAndMentionsAndNothingElseChanges()
    {
        var activity = Read("""
            {"type":"message","text":"<at>Bot\ufffe</at> 认领 BD-001\uffff","value":{"verb":"claim","taskId":"BD-001\ufdd0","n":[1,true,null,"\udbff\udfff"]},
             "entities":[{"type":"mention","text":"<at>Bot\ufffe</at>"}],"from":{"id":"29:u","name":"张伟"}}
            """);

        var clean = ActivityText.WithoutNoncharacters(activity);

        Assert.Equal("<at>Bot</at> 认领 BD-001", clean.Text);
        Assert.Equal("""{"verb":"claim","taskId":"BD-001","n":[1,true,null,""]}""", clean.Value!.Value.GetRawText());
        Assert.Equal("<at>Bot</at>", clean.Entities![0].Text);
        Assert.Equal(activity.From, clean.From);
    }

    [Fact]
    public void AnActivityWithoutNoncharactersIsReturnedAsItIs()
    {
        var activity = Read("{\"type\":\"message\",\"text\":\"认领 BD-001\",\"value\":{\"verb\":\"claim\"}}");

        Assert.Same(activity, ActivityText.WithoutNoncharacters(activity));
    }

    [Fact]
    public void AnIdOverTheLimitIsNamedWithItsLength()
    {
        var activity = new Activity { Type = "message", From = new ChannelAccount("29:u"), Conversation = new ConversationAccount(new string('é', 300)) };

        Assert.Equal(("conversation.id", 600), ActivityIds.FirstOverLimit(activity));
        Assert.Null(ActivityIds.FirstOverLimit(activity with { Conversation = new ConversationAccount(new string('é', 256)) }));
    }
}
