using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NorthPool.BotFramework;
using NorthPool.BotFramework.Outbound;
using NorthPool.Tests.Support;

namespace NorthPool.Tests.BotFramework;

public class ConnectorRetryHandlerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero));

    private HttpClient Client(StubHandler stub, int maxRetries = 3) =>
        new(new ConnectorRetryHandler(
            Options.Create(new BotFrameworkOptions { ConnectorMaxRetries = maxRetries, ConnectorRetryBaseDelay = TimeSpan.FromSeconds(10) }),
            _time,
            NullLogger<ConnectorRetryHandler>.Instance) { InnerHandler = stub });

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
    public async Task ServerErrorsBackOffExponentiallyAndGiveUpAfterTheLastRetry()
    {
        var stub = new StubHandler((_, _) => Status(HttpStatusCode.ServiceUnavailable));
        var send = Client(stub, maxRetries: 2).GetAsync("http://127.0.0.1/v3/teams/x");

        await Eventually.TrueAsync(() => stub.Calls == 1);
        _time.Advance(TimeSpan.FromSeconds(15));
        await Eventually.TrueAsync(() => stub.Calls == 2);
        _time.Advance(TimeSpan.FromSeconds(19));
        await Task.Delay(50);
        var callsBeforeSecondBackOff = stub.Calls;
        _time.Advance(TimeSpan.FromSeconds(11));
        var response = await send.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, callsBeforeSecondBackOff);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(3, stub.Calls);
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
}
