using Microsoft.Extensions.Options;

namespace NorthPool.Operations;

public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    // Prometheus text format on http://<PrometheusHost>:<PrometheusPort>/metrics; 0 = off.
    public int PrometheusPort { get; set; }

    public string PrometheusHost { get; set; } = "127.0.0.1";

    // An OTLP collector for metrics and traces (such as http://127.0.0.1:4317); empty = off.
    public string OtlpEndpoint { get; set; } = "";

    // grpc (port 4317 by convention) or http/protobuf (4318: the signals go to <endpoint>/v1/metrics and /v1/traces).
    public string OtlpProtocol { get; set; } = "grpc";
}

public sealed class TelemetryOptionsValidator : IValidateOptions<TelemetryOptions>
{
    public ValidateOptionsResult Validate(string? name, TelemetryOptions options)
    {
        var result = new ValidateOptionsResultBuilder();
        const string S = TelemetryOptions.Section;
        if (options.PrometheusPort is < 0 or > 65535)
            result.AddError($"{S}:PrometheusPort must be a port from 1 to 65535, or 0 for none, was {options.PrometheusPort}");
        if (Uri.CheckHostName(options.PrometheusHost) == UriHostNameType.Unknown && options.PrometheusHost is not ("*" or "+"))
            result.AddError($"{S}:PrometheusHost must be a host name or address (127.0.0.1, or + for every address), was '{options.PrometheusHost}'");
        if (options.OtlpEndpoint.Length > 0 && !(Uri.TryCreate(options.OtlpEndpoint, UriKind.Absolute, out var otlp) && otlp.Scheme is "http" or "https"))
            result.AddError($"{S}:OtlpEndpoint must be an http(s) URL such as http://127.0.0.1:4317, or empty, was '{options.OtlpEndpoint}'");
        if (options.OtlpProtocol is not ("grpc" or "http/protobuf"))
            result.AddError($"{S}:OtlpProtocol must be grpc or http/protobuf, was '{options.OtlpProtocol}'");
        return result.Build();
    }
}
