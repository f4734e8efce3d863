using Microsoft.AspNetCore.Builder;
using System.Net;
using System.Net.Sockets;
using NorthPool.IntegrationTests.Support;
using static NorthPool.IntegrationTests.Support.Activities;

namespace NorthPool.IntegrationTests;

// With Telemetry:PrometheusPort set, the Prometheus text format is served on that port: turns by type and outcome and
// their duration, commits and their group size, backups and their duration, ASP.NET Core's and the runtime's own.
public sealed class TelemetryTests : BotTest
{
    private readonly int _port = FreePort();

    protected override IDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Telemetry:PrometheusPort"] = _port.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    [Trait("Store", "LiteDbFile")]
    public async Task TheMetricsOfTurnsCommitsAndBackupsAreScrapedInThePrometheusFormat()
    {
        var claim = Personal(Connector.ServiceUrl, "认领 BD-001");
        await Bot.PostAsync(claim);
        await Connector.ReplyToAsync((string)claim["id"]!);
        var backup = Personal(Connector.ServiceUrl, "备份", "29:user-admin", "管理员");
        await Bot.PostAsync(backup);
        await Connector.ReplyToAsync((string)backup["id"]!);

        using var http = new HttpClient();
        // The exporter caches a scrape for a moment: ask until the backup is in it.
        var text = "";
        var deadline = Environment.TickCount64 + 10_000;
        while (!text.Contains("northpool_backups_total", StringComparison.Ordinal) && Environment.TickCount64 < deadline)
        {
            text = await http.GetStringAsync($"http://127.0.0.1:{_port}/metrics");
            if (!text.Contains("northpool_backups_total", StringComparison.Ordinal))
                await Task.Delay(100);
        }

        Assert.Matches("northpool_turns_total\\{[^}]*outcome=\"ok\"[^}]*type=\"message\"[^}]*\\} [1-9]", text);
        Assert.Contains("northpool_turn_duration_seconds_bucket{", text);
        Assert.Matches("northpool_store_commits_total(\\{[^}]*\\})? [1-9]", text);
        Assert.Contains("northpool_store_commit_size_", text);
        Assert.Matches("northpool_backups_total\\{[^}]*outcome=\"verified\"[^}]*\\} 1", text);
        Assert.Contains("northpool_backup_duration_seconds_count", text);
        Assert.Contains("http_server_request_duration_seconds", text);
    }
}

// With Telemetry:OtlpEndpoint set (here over http/protobuf to a loopback receiver), traces and metrics are pushed.
public sealed class OtlpExportTests : IAsyncLifetime
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<(string Path, string? ContentType, long Bytes)> _received = new();
    private Microsoft.AspNetCore.Builder.WebApplication _collector = null!;
    private FakeConnector _connector = null!;
    private NorthPoolApp _app = null!;

    public async Task InitializeAsync()
    {
        var (collector, address) = await NorthPool.Tests.Support.LoopbackServer.StartAsync(app =>
            app.MapPost("/v1/{signal}", async (Microsoft.AspNetCore.Http.HttpContext http) =>
            {
                using var body = new MemoryStream();
                await http.Request.Body.CopyToAsync(body);
                _received.Enqueue((http.Request.Path.Value!, http.Request.ContentType, body.Length));
                return Microsoft.AspNetCore.Http.Results.Ok();
            }));
        _collector = collector;
        _connector = await FakeConnector.StartAsync();
        _app = await NorthPoolApp.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Telemetry:OtlpEndpoint"] = address,
            ["Telemetry:OtlpProtocol"] = "http/protobuf",
            // The SDK's own setting (it reads OTEL_* from the configuration): push metrics every second, not every minute.
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _connector.DisposeAsync();
        await _collector.DisposeAsync();
    }

    [Fact]
    public async Task TurnsArePushedAsTracesAndMetrics()
    {
        var claim = Personal(_connector.ServiceUrl, "认领 BD-001");
        await _app.PostAsync(claim);
        await _connector.ReplyToAsync((string)claim["id"]!);

        var deadline = Environment.TickCount64 + 20_000;
        while (!(_received.Any(r => r.Path == "/v1/traces") && _received.Any(r => r.Path == "/v1/metrics")) && Environment.TickCount64 < deadline)
            await Task.Delay(100);

        Assert.Contains(_received, r => r is { Path: "/v1/traces", ContentType: "application/x-protobuf", Bytes: > 0 });
        Assert.Contains(_received, r => r is { Path: "/v1/metrics", ContentType: "application/x-protobuf", Bytes: > 0 });
    }
}
