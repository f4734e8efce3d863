using NorthPool.BotFramework.Outbound;
using NorthPool.BotFramework.Schema;
using NorthPool.IntegrationTests.Support;

namespace NorthPool.IntegrationTests;

// The connector client over real HTTP against the recording connector.
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string Thread = "19:chairman@thread.tacv2;messageid=1795528157024";
    private FakeConnector _connector = null!;
    private readonly ConnectorClient _client = new(new HttpClient());

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task SendReturnsTheNewActivityIdAndTrimsTheTrailingSlash()
    {
        var outcome = await _client.SendAsync(_connector.ServiceUrl, Thread, Activity.Message("你好"), default);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.NotNull(outcome.ActivityId);
        var sent = Assert.Single(_connector.Sent);
        Assert.Equal("/_connector/v3/conversations/19%3Achairman%40thread.tacv2%3Bmessageid%3D1795528157024/activities", sent.Path);
        Assert.Equal(("message", "你好", "markdown"), (sent.Body.GetProperty("type").GetString(), sent.Text, sent.Body.GetProperty("textFormat").GetString()));
    }

    [Fact]
    public async Task UpdateReplacesTheActivityWithPut()
    {
        var outcome = await _client.UpdateAsync(_connector.ServiceUrl, "a:1chat", "1795528131134", Activity.Message("已更新"), default);

        Assert.True(outcome.IsSuccess);
        var sent = Assert.Single(_connector.Sent);
        Assert.Equal(("PUT", "/_connector/v3/conversations/a%3A1chat/activities/1795528131134"), (sent.Method, sent.Path));
        Assert.Equal("1795528131134", sent.Body.GetProperty("id").GetString());
    }

    [Fact]
    public async Task CreateConversationPostsTheParametersAndReadsTheNewId()
    {
        var parameters = new ConversationParameters(false, new ChannelAccount("28:bot"), [new ChannelAccount("29:user-li")], "tenant-1", null, new { tenant = new { id = "tenant-1" } });

        var (outcome, conversation) = await _client.CreateConversationAsync(_connector.ServiceUrl, parameters, default);

        Assert.True(outcome.IsSuccess);
        Assert.NotNull(conversation?.Id);
        var sent = Assert.Single(_connector.Sent);
        Assert.Equal("/_connector/v3/conversations", sent.Path);
        Assert.Equal("29:user-li", sent.Body.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("tenant-1", sent.Body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
    }
}
