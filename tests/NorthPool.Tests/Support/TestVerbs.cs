using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NorthPool.Commands;
using NorthPool.Hosting;

namespace NorthPool.Tests.Support;

// The verb registry exactly as the app registers it (every feature's AddXxx), without starting anything.
public static class TestVerbs
{
    private static readonly Lazy<VerbRegistry> Shared = new(() =>
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = Path.Combine(Path.GetTempPath(), "northpool-verbs", "unused.db") });
        builder.AddNorthPool();
        return builder.Build().Services.GetRequiredService<VerbRegistry>();
    });

    public static VerbRegistry Registry => Shared.Value;

    public static CommandParser Parser => new(Registry);
}
