using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NorthPool.BotFramework.Schema;

namespace NorthPool.BotFramework.Outbound;

// The Bot Connector REST API. Conversation and activity ids are escaped as single path segments, since Teams ids
// contain ':', '@', ';' and '='.
public sealed class ConnectorClient(HttpClient http)
{
    public Task<SendOutcome> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        PostActivityAsync(Url(serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities"), activity, cancellationToken);

    public Task<SendOutcome> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        PostActivityAsync(
            Url(serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities/{Segment(replyToId)}"),
            activity with { ReplyToId = replyToId },
            cancellationToken);

    public async Task<SendOutcome> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        var url = Url(serviceUrl, $"v3/conversations/{Segment(conversationId)}/activities/{Segment(activityId)}");
        using var response = await http.PutAsync(url, Json(activity with { Id = activityId }), cancellationToken);
        return await ToOutcomeAsync(response, cancellationToken);
    }

    public async Task<(SendOutcome Outcome, ConversationResourceResponse? Conversation)> CreateConversationAsync(
        string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(Url(serviceUrl, "v3/conversations"), Json(parameters), cancellationToken);
        var outcome = await ToOutcomeAsync(response, cancellationToken);
        if (!outcome.IsSuccess || response.Content.Headers.ContentLength == 0)
            return (outcome, null);
        var created = await response.Content.ReadFromJsonAsync<ConversationResourceResponse>(BotJson.Options, cancellationToken);
        return (outcome, created);
    }

    // The conversation's roster (Teams: team members for a channel, so pass the channel id without ";messageid=").
    public async Task<(SendOutcome Outcome, IReadOnlyList<ChannelAccount> Members)> GetMembersAsync(
        string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(Url(serviceUrl, $"v3/conversations/{Segment(conversationId)}/members"), cancellationToken);
        var outcome = SendOutcome.Classify(response.StatusCode);
        if (outcome != SendStatus.Sent)
            return (new SendOutcome(outcome, (int)response.StatusCode, null, await response.Content.ReadAsStringAsync(cancellationToken)), []);
        var members = await response.Content.ReadFromJsonAsync<List<ChannelAccount>>(BotJson.Options, cancellationToken) ?? [];
        return (new SendOutcome(outcome, (int)response.StatusCode, null, null), members);
    }

    private async Task<SendOutcome> PostActivityAsync(Uri url, Activity activity, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync(url, Json(activity), cancellationToken);
        return await ToOutcomeAsync(response, cancellationToken);
    }

    private static async Task<SendOutcome> ToOutcomeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = SendOutcome.Classify(response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (status != SendStatus.Sent)
            return new SendOutcome(status, (int)response.StatusCode, null, body);
        return new SendOutcome(status, (int)response.StatusCode, ReadId(body), null);
    }

    private static string? ReadId(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return null;
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var id)
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Buffered (not chunked) so the body has a Content-Length and can be sent again by the retry handler.
    private static StringContent Json<T>(T body) =>
        new(JsonSerializer.Serialize(body, BotJson.Options), Encoding.UTF8, "application/json");

    // Trim the serviceUrl's trailing '/' first: the playground answers 404 to a double slash.
    internal static Uri Url(string serviceUrl, string path) => new($"{serviceUrl.TrimEnd('/')}/{path}");

    internal static string Segment(string id) => Uri.EscapeDataString(id);
}
