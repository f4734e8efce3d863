using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using NorthPool.Tests.Support;

namespace NorthPool.IntegrationTests.Support;

// A Bot Connector on loopback that records what the bot sends and answers like Teams does.
public sealed class FakeConnector : IAsyncDisposable
{
    private WebApplication _app = null!;
    private int _nextId = 1000;

    public string ServiceUrl { get; private set; } = "";
    public ConcurrentQueue<SentActivity> Sent { get; } = new();

    public static async Task<FakeConnector> StartAsync()
    {
        var connector = new FakeConnector();
        var (app, address) = await LoopbackServer.StartAsync(app =>
            app.Map("/_connector/{**path}", (Func<HttpContext, Task<IResult>>)connector.RecordAsync));
        connector._app = app;
        connector.ServiceUrl = $"{address}/_connector/";
        return connector;
    }

    // While set, every POST is answered 500 (and recorded as nothing sent).
    public bool FailPosts { get; set; }

    // Runs first on every request: it may wait (a slow or hanging connector) and may answer itself (recorded as
    // nothing sent). A hang should end with RequestAborted, so the bot can give up on it.
    public Func<HttpContext, Task<IResult?>>? Intercept { get; set; }

    // What GET …/members answers: the users of a group chat or team.
    public IReadOnlyList<string> Members { get; set; } = ["29:user-zhang", "29:user-li", "29:user-admin"];

    private async Task<IResult> RecordAsync(HttpContext http)
    {
        if (Intercept is { } intercept && await intercept(http) is { } answer)
            return answer;
        if (HttpMethods.IsGet(http.Request.Method))
        {
            Sent.Enqueue(new SentActivity("GET", http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget, "", default));
            return Results.Json(Members.Select(id => new { id, name = id }).ToList());
        }
        if (FailPosts && HttpMethods.IsPost(http.Request.Method))
            return Results.Json(new { error = new { code = "ServiceError", message = "down" } }, statusCode: 500);
        using var body = await JsonDocument.ParseAsync(http.Request.Body);
        var id = Interlocked.Increment(ref _nextId).ToString();
        var rawTarget = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget;
        Sent.Enqueue(new SentActivity(http.Request.Method, rawTarget, http.Request.Headers.Authorization.ToString(), body.RootElement.Clone()));
        return Results.Json(new { id }, statusCode: http.Request.Method == "PUT" ? 200 : 201);
    }

    public async Task<SentActivity> WaitForAsync(Func<SentActivity, bool> match, TimeSpan? timeout = null)
    {
        var deadline = Environment.TickCount64 + (long)(timeout ?? TimeSpan.FromSeconds(10)).TotalMilliseconds;
        while (Environment.TickCount64 < deadline)
        {
            var found = Sent.FirstOrDefault(match);
            if (found is not null)
                return found;
            await Task.Delay(20);
        }
        throw new TimeoutException($"No matching activity; sent so far: {string.Join(" | ", Sent.Select(s => s.Text))}");
    }

    public Task<SentActivity> ReplyActivityAsync(string activityId) =>
        WaitForAsync(s => s.Method == "POST" && s.Path.EndsWith("/activities/" + Uri.EscapeDataString(activityId), StringComparison.Ordinal));

    // The sentence of the reply: its text, or the summary of a card reply.
    public async Task<string> ReplyToAsync(string activityId) => (await ReplyActivityAsync(activityId)).Sentence!;

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

public sealed record SentActivity(string Method, string Path, string Authorization, JsonElement Body)
{
    public string? Text => Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("text", out var text) ? text.GetString() : null;

    public string? Sentence => Text ?? (Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("summary", out var summary) ? summary.GetString() : null);

    public JsonElement? Card =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("attachments", out var attachments) && attachments.GetArrayLength() == 1
        && attachments[0].GetProperty("contentType").GetString() == "application/vnd.microsoft.card.adaptive"
            ? attachments[0].GetProperty("content")
            : null;

    // Every text, fact and button title on the card, in order, one per line.
    public string CardText => Card is { } card ? CardContent.Flatten(card) : "";
}

public static class CardContent
{
    public static string Flatten(JsonElement card) => string.Join('\n', Walk(card));

    private static IEnumerable<string> Walk(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray())
                foreach (var line in Walk(item))
                    yield return line;
            yield break;
        }
        if (node.ValueKind != JsonValueKind.Object)
            yield break;
        if (node.TryGetProperty("title", out var title) && node.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.String)
            yield return $"{title.GetString()}: {value.GetString()}";
        else if (node.TryGetProperty("title", out title) && title.ValueKind == JsonValueKind.String)
            yield return $"[{title.GetString()}]";
        if (node.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.String)
            yield return $"<{label.GetString()}>";
        if (node.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
            yield return text.GetString()!;
        foreach (var property in node.EnumerateObject())
        {
            if (property.Name is "body" or "items" or "columns" or "facts" or "actions" or "card" or "inlines" or "rows" or "cells")
                foreach (var inner in Walk(property.Value))
                    yield return inner;
        }
    }
}
