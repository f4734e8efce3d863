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

    private async Task<IResult> RecordAsync(HttpContext http)
    {
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

    public async Task<string> ReplyToAsync(string activityId) =>
        (await WaitForAsync(s => s.Path.EndsWith("/activities/" + Uri.EscapeDataString(activityId), StringComparison.Ordinal))).Text!;

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}

public sealed record SentActivity(string Method, string Path, string Authorization, JsonElement Body)
{
    public string? Text => Body.TryGetProperty("text", out var text) ? text.GetString() : null;
}
