// Drives claim turns at a running NorthPool bot (local mode) and times each one from the POST to the reply
// reaching this process's own fake Bot Connector. Usage:
//   dotnet NorthPool.LoadDriver.dll --bot http://127.0.0.1:3990 [--users 16] [--claims 1000]
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

var options = LoadOptions.Parse(args);
var pending = new ConcurrentDictionary<string, TaskCompletionSource<string>>();

var builder = WebApplication.CreateSlimBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
var connector = builder.Build();
var updates = 0;
connector.MapPut("/_connector/v3/conversations/{conversation}/activities/{activityId}", (string activityId) =>
{
    Interlocked.Increment(ref updates);
    return Results.Json(new { id = activityId });
});
connector.MapPost("/_connector/v3/conversations/{conversation}/activities/{replyToId}", async (string replyToId, HttpRequest request) =>
{
    using var body = await JsonDocument.ParseAsync(request.Body);
    // A text reply carries "text"; a card reply carries its sentence in "summary".
    var text = body.RootElement.TryGetProperty("text", out var t) ? t.GetString() ?? ""
        : body.RootElement.TryGetProperty("summary", out var s) ? s.GetString() ?? "" : "";
    if (pending.TryRemove(replyToId, out var waiter))
        waiter.TrySetResult(text);
    return Results.Json(new { id = Guid.NewGuid().ToString("N") }, statusCode: 201);
});
await connector.StartAsync();
var serviceUrl = connector.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/_connector";

using var http = new HttpClient { BaseAddress = new Uri(options.Bot), Timeout = TimeSpan.FromSeconds(30) };
var taskIds = new[] { "BD", "PD", "CS", "EC", "OP" }
    .SelectMany(pool => Enumerable.Range(0, 40).Select(n => $"{pool}-{n:D3}"))
    .ToList();
var claimLatencies = new ConcurrentBag<double>();
var releaseLatencies = new ConcurrentBag<double>();
var refused = 0;

async Task<(double Ms, string Reply)> TurnAsync(int user, string text)
{
    var id = Guid.NewGuid().ToString();
    var waiter = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
    pending[id] = waiter;
    var activity = new
    {
        type = "message", id, text, textFormat = "plain", locale = "zh-CN", serviceUrl, channelId = "msteams",
        from = new { id = $"29:load-user-{user}", name = $"压测用户{user}" },
        recipient = new { id = "28:northpool", name = "NorthPool" },
        conversation = new { id = $"a:load-{user}", conversationType = "personal" },
    };
    var started = Stopwatch.GetTimestamp();
    using var response = await http.PostAsJsonAsync("/api/messages", activity);
    response.EnsureSuccessStatusCode();
    var reply = await waiter.Task.WaitAsync(TimeSpan.FromSeconds(30));
    return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, reply);
}

// Each user owns a disjoint set of real task ids and alternates claim → release on them, so every claim is a real
// state change with its audit row (a write and a commit), not a refusal. Only ids that name a free task (待分配) count:
// on a store with history, an on-demand template's id names its newest finished instance.
var ownIds = (await Task.WhenAll(taskIds.Select(async id =>
{
    var (_, reply) = await TurnAsync(99, $"查看 {id}");
    return reply.EndsWith(" · 待分配", StringComparison.Ordinal) ? id : null;
}))).OfType<string>().ToList();
Console.WriteLine($"{ownIds.Count} tasks found; {options.Users} users; {options.Claims} claim turns (plus as many releases)");

var claimsPerUser = (int)Math.Ceiling(options.Claims / (double)options.Users);
var clock = Stopwatch.StartNew();
await Task.WhenAll(Enumerable.Range(0, options.Users).Select(user => Task.Run(async () =>
{
    var mine = ownIds.Where((_, i) => i % options.Users == user).ToList();
    for (var n = 0; n < claimsPerUser; n++)
    {
        var id = mine[n % mine.Count];
        var claim = await TurnAsync(user, $"认领 {id}");
        claimLatencies.Add(claim.Ms);
        if (!claim.Reply.StartsWith("✅", StringComparison.Ordinal))
            Interlocked.Increment(ref refused);
        var release = await TurnAsync(user, $"释放 {id}");
        releaseLatencies.Add(release.Ms);
    }
})));
clock.Stop();

Console.WriteLine(Report("claim", claimLatencies));
Console.WriteLine(Report("release", releaseLatencies));
Console.WriteLine($"turns/s (claim+release): {(claimLatencies.Count + releaseLatencies.Count) / clock.Elapsed.TotalSeconds:F0}; claims not applied: {refused}; card updates (PUT) received: {updates}");
await connector.StopAsync();
return refused == 0 ? 0 : 1;

static string Report(string name, IEnumerable<double> samples)
{
    var sorted = samples.Order().ToArray();
    double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
    return $"{name}: n={sorted.Length} p50={P(0.50):F1} ms p90={P(0.90):F1} ms p99={P(0.99):F1} ms max={sorted[^1]:F1} ms";
}

sealed record LoadOptions(string Bot, int Users, int Claims)
{
    public static LoadOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var i = Array.IndexOf(args, name);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        }
        return new LoadOptions(Value("--bot", "http://127.0.0.1:3990"), int.Parse(Value("--users", "16")), int.Parse(Value("--claims", "1000")));
    }
}
