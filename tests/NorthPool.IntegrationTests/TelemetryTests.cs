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
