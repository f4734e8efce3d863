using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NorthPool.Hosting;
using NorthPool.Storage;
using NorthPool.Tasks;
using NorthPool.Tests.Support;

namespace NorthPool.IntegrationTests.Support;

// The real NorthPool host on a loopback port, with a temp LiteDB file and a fake clock.
public sealed class NorthPoolApp : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 1, 0, 0, TimeSpan.Zero);

    private bool _stopped;

    private NorthPoolApp(WebApplication app, string baseUrl, string dbPath)
    {
        App = app;
        BaseUrl = baseUrl;
        DatabasePath = dbPath;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl) };
    }

    public WebApplication App { get; }
    public string BaseUrl { get; }
    public string DatabasePath { get; }
    public HttpClient Http { get; }
    public TaskStore Tasks => App.Services.GetRequiredService<TaskStore>();
    public NorthPoolDb Db => App.Services.GetRequiredService<NorthPoolDb>();

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), "northpool-it", Guid.NewGuid().ToString("N"), "northpool.db");

    public static async Task<NorthPoolApp> StartAsync(
        string? dbPath = null,
        IDictionary<string, string?>? settings = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? services = null)
    {
        dbPath ??= NewDatabasePath();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ContentRootPath = AppContext.BaseDirectory,
        });
        var config = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["BotFramework:AllowUnauthenticatedLocalRequests"] = "true",
            ["BotFramework:ConnectorRetryBaseDelay"] = "00:00:00.050",
            ["NorthPool:Admins:0"] = "29:user-admin",
            ["Reports:ChairmanIds:0"] = "29:user-chairman",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in TestDatabases.Settings(dbPath))
            config[key] = value;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            config[key] = value;
        builder.Configuration.AddInMemoryCollection(config);
        builder.Services.AddSingleton(time ?? new FakeTimeProvider(Start));
        services?.Invoke(builder.Services);
        builder.AddNorthPool();

        var app = builder.Build();
        app.MapNorthPool();
        await app.StartAsync();
        return new NorthPoolApp(app, LoopbackServer.ServerAddress(app), dbPath);
    }

    public Task<HttpResponseMessage> PostAsync(object activity, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        if (bearer is not null)
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", bearer);
        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostRawAsync(string body) =>
        Http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));

    // Stops the host as a shutdown does: the turns in flight finish first (TurnRunner), so once this returns every
    // activity the bot acknowledged has been handled and its replies sent. Db and Tasks stay readable until disposal.
    public async Task StopAsync()
    {
        if (_stopped)
            return;
        _stopped = true;
        await App.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await StopAsync();
        await App.DisposeAsync();
    }
}
