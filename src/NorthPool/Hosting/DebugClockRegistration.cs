using System.Globalization;

namespace NorthPool.Hosting;

public static class DebugClockRegistration
{
    // Debug:ClockStart (an ISO instant) replaces the app clock with a DebugClock; only in local mode. Registered before
    // anything that reads the clock at registration time (the Quartz scheduler).
    public static WebApplicationBuilder AddDebugClock(this WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[DebugClock.StartKey];
        if (string.IsNullOrWhiteSpace(configured))
            return builder;
        if (!DateTimeOffset.TryParse(configured, CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
            throw new ConfigurationProblemException($"{DebugClock.StartKey} must be an ISO date and time such as 2026-11-24T09:00:00+08:00, was '{configured}'");
        var localMode = string.IsNullOrWhiteSpace(builder.Configuration["BotFramework:AppId"])
            && bool.TryParse(builder.Configuration["BotFramework:AllowUnauthenticatedLocalRequests"], out var allowed) && allowed;
        if (!localMode)
            throw new ConfigurationProblemException($"{DebugClock.StartKey} is for local mode only (no BotFramework:AppId and BotFramework:AllowUnauthenticatedLocalRequests=true); remove it");
        var clock = new DebugClock(start, TimeProvider.System);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton(clock);
        return builder;
    }
}
