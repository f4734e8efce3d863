using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NorthPool.BotFramework.Outbound;

// 429, 412 and 5xx are retried with exponential back-off and jitter; Retry-After wins when the connector sends it.
// Delays run on the injected TimeProvider so tests can drive them.
public sealed class ConnectorRetryHandler(IOptions<BotFrameworkOptions> options, TimeProvider timeProvider, ILogger<ConnectorRetryHandler> logger)
    : DelegatingHandler
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(60);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var maxRetries = options.Value.ConnectorMaxRetries;
        for (var attempt = 1; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (attempt > maxRetries || !IsTransient(response.StatusCode))
                return response;

            var delay = DelayFor(response, attempt);
            Log.ConnectorRetry(logger, (int)response.StatusCode, request.Method.Method, request.RequestUri!.AbsolutePath, attempt, delay);
            response.Dispose();
            await Task.Delay(delay, timeProvider, cancellationToken);
        }
    }

    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed || (int)status >= 500;

    private TimeSpan DelayFor(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
            return Min(delta, MaxDelay);
        if (retryAfter?.Date is { } date)
            return Min(Max(date - timeProvider.GetUtcNow(), TimeSpan.Zero), MaxDelay);

        var baseDelay = options.Value.ConnectorRetryBaseDelay;
        var exponential = baseDelay * Math.Pow(2, attempt - 1);
        var jitter = baseDelay * Random.Shared.NextDouble() * 0.5;
        return Min(exponential + jitter, MaxDelay);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
