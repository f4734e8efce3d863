using System.Reflection;

namespace NorthPool.Operations;

// When this process started serving, and which build it is.
public sealed class Uptime(TimeProvider timeProvider) : IHostedService
{
    public DateTimeOffset StartedAt { get; private set; } = timeProvider.GetUtcNow();

    public TimeSpan Now => timeProvider.GetUtcNow() - StartedAt;

    public static string Version { get; } =
        typeof(Uptime).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "?";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        StartedAt = timeProvider.GetUtcNow();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
