using System.Net;
using Microsoft.Extensions.Options;
using NorthPool.BotFramework;
using NorthPool.BotFramework.Inbound;
using NorthPool.Hosting;
using NorthPool.Tasks;

namespace NorthPool.Pools;

// POST /debug/clock/advance?to=2026-12-01T06:00:00%2B08:00 moves the debug clock forward and runs the pool refresh
// as the scheduler would at that time. For e2e tests only: mapped in local mode with Debug:ClockStart, answering
// loopback callers only.
public static class PoolDebugEndpoints
{
    public static void MapPoolDebugEndpoints(this WebApplication app)
    {
        var bot = app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        if (bot.HasAppId || !bot.AllowUnauthenticatedLocalRequests || app.Services.GetService<DebugClock>() is null)
            return;
        app.MapPost("/debug/clock/advance", async (HttpContext http, DateTimeOffset to, DebugClock clock, PoolRefresh refresh) =>
        {
            if (http.Connection.RemoteIpAddress is not { } ip || !IPAddress.IsLoopback(ip) || BrowserRequests.IsFromBrowser(http.Request))
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            var now = clock.AdvanceTo(to);
            var result = await refresh.RunAsync(http.RequestAborted);
            return Results.Json(new
            {
                now,
                opened = result.Opened.Select(t => t.Id),
                overdue = result.MarkedOverdue.Where(t => TaskTransitions.IsOpen(t.State)).Select(t => t.Id),
                expired = result.MarkedOverdue.Where(t => !TaskTransitions.IsOpen(t.State)).Select(t => t.Id),
            });
        });
    }
}
