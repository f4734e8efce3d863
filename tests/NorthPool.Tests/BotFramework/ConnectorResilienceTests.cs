using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NorthPool.BotFramework;
using NorthPool.BotFramework.Outbound;
using NorthPool.Tests.Support;
using Polly.Timeout;

namespace NorthPool.Tests.BotFramework;

// The connector's retry and attempt-timeout pipeline as registered, over a stub connector, on a fake clock.
public class ConnectorResilienceTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero));

    private HttpClient Client(HttpMessageHandler stub, int maxRetries = 3)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddOptions<BotFrameworkOptions>().Configure(o =>
        {
            o.ConnectorMaxRetries = maxRetries;
            o.ConnectorRetryBaseDelay = TimeSpan.FromSeconds(10);
            o.ConnectorAttemptTimeout = TimeSpan.FromSeconds(15);
        });
        services.AddHttpClient("connector").AddConnectorResilience().ConfigurePrimaryHttpMessageHandler(() => stub);
        return services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>().CreateClient("connector");
    }

    private static HttpResponseMessage Status(HttpStatusCode status, TimeSpan? retryAfter = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent("{}") };
        if (retryAfter is { } delay)
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(delay);
        return response;
    }

    [Fact]
    public async Task ThrottlingWaitsForRetryAfterBeforeTheNextAttempt()
    {
        var stub = new StubHandler((_, call) => call == 1 ? Status(HttpStatusCode.TooManyRequests, TimeSpan.FromSeconds(7)) : Status(HttpStatusCode.Created));
        var send = Client(stub).PostAsync("http://127.0.0.1/v3/conversations/a/activities", new StringContent("{\"type\":\"message\"}"));

        await Eventually.TrueAsync(() => stub.Calls == 1);
        _time.Advance(TimeSpan.FromSeconds(6));
        await Task.Delay(50);
        var callsBeforeRetryAfter = stub.Calls;
        _time.Advance(TimeSpan.FromSeconds(1));
        var response = await send.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1, callsBeforeRetryAfter);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(2, stub.Calls);
        Assert.All(stub.Requests, r => Assert.Equal("{\"type\":\"message\"}", r.Body));
    }

    [Fact]
    public async Task AVeryLongRetryAfterIsCappedAtAMinute()
    {
        var stub = new StubHandler((_, call) => call == 1 ? Status(HttpStatusCode.TooManyRequests, TimeSpan.FromHours(1)) : Status(HttpStatusCode.OK));
        var send = Client(stub).PutAsync("http://127.0.0.1/v3/conversations/a/activities/1", new StringContent("{}"));

        await Eventually.TrueAsync(() => stub.Calls == 1);
        _time.Advance(TimeSpan.FromSeconds(60));
        var response = await send.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, stub.Calls);
    }

    [Fact]
    public async Task ServerErrorsBackOffExponentiallyAndGiveUpAfterTheLastRetry()
    {
        var stub = new StubHandler((_, _) => Status(HttpStatusCode.ServiceUnavailable));
        var send = Client(stub, maxRetries: 2).GetAsync("http://127.0.0.1/v3/teams/x");

        await Eventually.TrueAsync(() => stub.Calls == 1);
        _time.Advance(TimeSpan.FromSeconds(15));
        await Eventually.TrueAsync(() => stub.Calls == 2);
        // A second each step, with a pause for the retry to arm its timer: under load it may arm after some steps,
        // which can only make the back-off look longer, never shorter, so the check below still holds.
        for (var second = 0; second < 19; second++)
            await StepAsync();
        var callsBeforeSecondBackOff = stub.Calls;
        for (var second = 0; second < 120 && !send.IsCompleted; second++)
            await StepAsync();
        var response = await send.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, callsBeforeSecondBackOff);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(3, stub.Calls);
    }

    private async Task StepAsync()
    {
        _time.Advance(TimeSpan.FromSeconds(1));
        await Task.Delay(5);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task ClientErrorsAreNotRetried(HttpStatusCode status)
    {
        var stub = new StubHandler((_, _) => Status(status));

        var response = await Client(stub).PostAsync("http://127.0.0.1/v3/conversations/a/activities", new StringContent("{}"));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(1, stub.Calls);
    }

    [Fact]
    public async Task AHangingPutEndsAfterTheAttemptTimeoutAndIsTriedAgain()
    {
        var connector = new HangingHandler(hangingCalls: 1);
        var send = Client(connector).PutAsync("http://127.0.0.1/v3/conversations/a/activities/1", new StringContent("{}"));

        await Eventually.TrueAsync(() => connector.Calls == 1);
        _time.Advance(TimeSpan.FromSeconds(15));
        // Then through the back-off (10–15 s), a second at a time.
        await Eventually.TrueAsync(() => { _time.Advance(TimeSpan.FromSeconds(1)); return send.IsCompleted; });
        var response = await send;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, connector.Calls);
    }

    [Fact]
    public async Task AHangingPostEndsAfterTheAttemptTimeoutAndIsNotSentTwice()
    {
        var connector = new HangingHandler(hangingCalls: int.MaxValue);
        var send = Client(connector).PostAsync("http://127.0.0.1/v3/conversations/a/activities", new StringContent("{}"));

        await Eventually.TrueAsync(() => connector.Calls == 1);
        _time.Advance(TimeSpan.FromSeconds(15));

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => send.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(1, connector.Calls);
        Assert.True(ConnectorResilience.IsUnreachable(new TimeoutRejectedException()));
    }

    // Hangs the first calls until they are cancelled, then answers 200.
    private sealed class HangingHandler(int hangingCalls) : HttpMessageHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) <= hangingCalls)
                await Task.Delay(Timeout.Infinite, cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") };
        }
    }
}
