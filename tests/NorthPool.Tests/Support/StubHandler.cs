using System.Collections.Concurrent;

namespace NorthPool.Tests.Support;

// An HttpMessageHandler that answers from a lambda and records every request it saw.
public sealed class StubHandler(Func<HttpRequestMessage, int, HttpResponseMessage> respond) : HttpMessageHandler
{
    private int _calls;

    public ConcurrentQueue<(HttpRequestMessage Request, string? Body, string? Authorization)> Requests { get; } = new();

    public int Calls => Volatile.Read(ref _calls);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue((request, body, request.Headers.Authorization?.ToString()));
        var call = Interlocked.Increment(ref _calls);
        return respond(request, call);
    }
}
