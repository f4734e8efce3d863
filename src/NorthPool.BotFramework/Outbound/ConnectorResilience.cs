using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace NorthPool.BotFramework.Outbound;

// The connector's retries and attempt timeout (Microsoft.Extensions.Http.Resilience, on the injected TimeProvider).
// 429, 412 and 5xx are retried with exponential back-off and jitter, Retry-After wins when the connector sends it. An
// attempt that hangs ends after ConnectorAttemptTimeout; it, and a connection failure, are retried only for GET and
// PUT: a POST that may have reached Teams is not sent twice.
public static class ConnectorResilience
{
    public const string PipelineName = "connector";
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(60);

    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler(PipelineName, static (pipeline, context) =>
        {
            var services = context.ServiceProvider;
            Configure(
                pipeline,
                services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value,
                services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorResilience)));
        });
        return builder;
    }

    internal static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, BotFrameworkOptions options, TimeProvider timeProvider, ILogger logger)
    {
        pipeline.TimeProvider = timeProvider;
        if (options.ConnectorMaxRetries > 0)
            AddRetry(pipeline, options, timeProvider, logger);
        pipeline.AddTimeout(options.ConnectorAttemptTimeout);
    }

    private static void AddRetry(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, BotFrameworkOptions options, TimeProvider timeProvider, ILogger logger) =>
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.ConnectorMaxRetries,
            ShouldHandle = static args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
            ShouldRetryAfterHeader = false,
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(DelayFor(args.Outcome.Result, args.AttemptNumber, options.ConnectorRetryBaseDelay, timeProvider)),
            OnRetry = args =>
            {
                var request = args.Context.GetRequestMessage();
                Log.ConnectorRetry(
                    logger, args.Outcome.Result is { } response ? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) : args.Outcome.Exception!.GetType().Name,
                    request?.Method.Method ?? "?", request?.RequestUri?.AbsolutePath ?? "?", args.AttemptNumber + 1, args.RetryDelay);
                return ValueTask.CompletedTask;
            },
        });

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)status >= 500;

    // A hanging attempt or a failed connection: no answer from the connector at all.
    public static bool IsUnreachable(Exception exception) =>
        exception is HttpRequestException or TimeoutRejectedException or TimeoutException
        || exception is TaskCanceledException { InnerException: TimeoutException };

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context) => outcome switch
    {
        { Result: { } response } => IsTransient(response.StatusCode),
        { Exception: HttpRequestException or TimeoutRejectedException } => IsIdempotent(context.GetRequestMessage()),
        _ => false,
    };

    private static bool IsIdempotent(HttpRequestMessage? request) =>
        request?.Method == HttpMethod.Get || request?.Method == HttpMethod.Put;

    // Retry-After (a delay or a date) wins, at most a minute; otherwise base · 2^attempt plus up to half a base of jitter.
    internal static TimeSpan DelayFor(HttpResponseMessage? response, int attemptNumber, TimeSpan baseDelay, TimeProvider timeProvider)
    {
        var retryAfter = response?.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
            return Min(delta, MaxDelay);
        if (retryAfter?.Date is { } date)
            return Min(Max(date - timeProvider.GetUtcNow(), TimeSpan.Zero), MaxDelay);
        var exponential = baseDelay * Math.Pow(2, attemptNumber);
        var jitter = baseDelay * Random.Shared.NextDouble() * 0.5;
        return Min(exponential + jitter, MaxDelay);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
