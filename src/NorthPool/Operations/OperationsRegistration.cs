using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NorthPool.Commands;
using NorthPool.Members;
using NorthPool.Storage;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Quartz;

namespace NorthPool.Operations;

public static class OperationsRegistration
{
    public const string ReadyTag = "ready";

    // Health (/healthz alive, /readyz ready: store, scheduler, backups — features add their own checks with ReadyTag)
    // and 状态 for admins.
    public static WebApplicationBuilder AddOperations(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<OperationsOptions>().Bind(builder.Configuration.GetSection(OperationsOptions.Section));
        services.AddSingleton<IValidateOptions<OperationsOptions>, OperationsOptionsValidator>();
        services.AddSingleton<Uptime>();
        services.AddHostedService(sp => sp.GetRequiredService<Uptime>());
        // The scheduler's is Quartz's own: healthy while it runs and reaches its store, degraded in standby.
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: [ReadyTag])
            .AddQuartz(o =>
            {
                o.Name = "scheduler";
                o.Tags.Add(ReadyTag);
            });
        services.AddSingleton<StatusCommand>();
        services.AddSingleton<NorthPoolMetrics>();
        builder.AddTelemetry();
        services.AddStoreCollections(AlertCollections.All);
        services.AddSingleton<AlertCenter>();
        services.AddSingleton<AlertChannelCommand>();
        services.AddHostedService<CrashMarker>();
        // Resolved on use: the alerts are sent through this very client.
        services.AddTransient(sp => new ConnectorAuthWatch(new Lazy<AlertCenter>(sp.GetRequiredService<AlertCenter>)));
        services.AddHttpClient<NorthPool.BotFramework.Outbound.ConnectorClient>().AddHttpMessageHandler<ConnectorAuthWatch>();
        services.AddQuartz(q => q.ScheduleJob<AlertWatchJob>(
            trigger => trigger.WithIdentity("alert-watch-minutely", "operations").WithCronSchedule("0 * * ? * *"),
            job => job.WithIdentity(AlertWatchJob.Key)));
        services.AddVerb(new VerbSpec("alerts-here", ["设为告警频道"], ["alerts-here"])
        {
            Permission = new Permission(Grantee.Admin),
            ActionZh = "设定告警频道", ActionEn = "choose the alert channel",
            HelpZh = "设为告警频道 — 在本频道接收运行告警（管理员）", HelpEn = "alerts-here — send NorthPool's alerts to this channel (admins)",
        }, sp => sp.GetRequiredService<AlertChannelCommand>().RegisterAsync);
        services.AddVerb(new VerbSpec("status", ["状态"], ["status"])
        {
            Permission = new Permission(Grantee.Admin),
            ActionZh = "查看运行状态", ActionEn = "see the bot's health",
            HelpZh = "状态 — 数据库、定时任务、最近备份、版本和运行时长（管理员）", HelpEn = "status — store, scheduler, last backup, version and uptime (admins)",
        }, sp => sp.GetRequiredService<StatusCommand>().HandleAsync);
        return builder;
    }

    // Metrics (turns, commits, reports, card updates, backups, ASP.NET Core and the runtime) in the Prometheus text
    // format on Telemetry:PrometheusPort, and metrics and traces to Telemetry:OtlpEndpoint; neither unless configured.
    private static void AddTelemetry(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<TelemetryOptions>().Bind(builder.Configuration.GetSection(TelemetryOptions.Section));
        services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();
        var telemetry = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var otlp = Uri.TryCreate(telemetry.OtlpEndpoint, UriKind.Absolute, out var endpoint) ? endpoint : null;
        if (telemetry.PrometheusPort is <= 0 or > 65535 && otlp is null)
            return;
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("NorthPool", serviceVersion: Uptime.Version))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(NorthPoolMetrics.MeterName, NorthPool.BotFramework.Inbound.TurnMetrics.MeterName, "NorthPool.Store")
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation();
                if (telemetry.PrometheusPort is > 0 and <= 65535)
                    metrics.AddPrometheusHttpListener(o => (o.Host, o.Port) = (telemetry.PrometheusHost, telemetry.PrometheusPort));
                if (otlp is not null)
                    metrics.AddOtlpExporter(o => Otlp(o, otlp, telemetry.OtlpProtocol, "v1/metrics"));
            });
        if (otlp is not null)
        {
            otel.WithTracing(tracing => tracing
                .AddSource(NorthPool.BotFramework.Inbound.TurnMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddOtlpExporter(o => Otlp(o, otlp, telemetry.OtlpProtocol, "v1/traces")));
        }
    }

    // Over HTTP each signal has its own path under the collector's address; over gRPC the address is the endpoint.
    private static void Otlp(OpenTelemetry.Exporter.OtlpExporterOptions options, Uri endpoint, string protocol, string signalPath)
    {
        var http = protocol == "http/protobuf";
        options.Protocol = http ? OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf : OpenTelemetry.Exporter.OtlpExportProtocol.Grpc;
        options.Endpoint = http ? new Uri(endpoint.ToString().TrimEnd('/') + "/" + signalPath) : endpoint;
    }

    public static WebApplication MapOperations(this WebApplication app)
    {
        // Alive: the process answers. Ready: every ReadyTag check, as JSON; 503 when one is unhealthy.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return app;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        }));
    }
}
