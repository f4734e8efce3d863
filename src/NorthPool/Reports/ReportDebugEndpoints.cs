using System.Net;
using Microsoft.Extensions.Options;
using NorthPool.BotFramework;
using NorthPool.BotFramework.Inbound;

namespace NorthPool.Reports;

// POST /debug/reports/fire?slot=2026-11-24T10:00:00%2B08:00 sends that slot now, as the scheduler would. For e2e
// tests only: mapped in local mode (no AppId), answering loopback callers only.
public static class ReportDebugEndpoints
{
    public static void MapReportDebugEndpoints(this WebApplication app)
    {
        var bot = app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        if (bot.HasAppId || !bot.AllowUnauthenticatedLocalRequests)
            return;
        app.MapPost("/debug/reports/fire", async (HttpContext http, DateTimeOffset slot, ReportDelivery delivery) =>
        {
            if (http.Connection.RemoteIpAddress is not { } ip || !IPAddress.IsLoopback(ip) || BrowserRequests.IsFromBrowser(http.Request))
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            var run = await delivery.DeliverAsync(slot, catchUp: false, http.RequestAborted);
            return run is null ? Results.Conflict() : Results.Json(new { run.Id, status = run.Status.ToString(), run.ActivityId });
        });
    }
}
