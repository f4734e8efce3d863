using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NorthPool.Commands;
using NorthPool.Hosting;

namespace NorthPool.Tests.Support;

// What the app registers (every feature's AddXxx), read from its container without starting anything: the verb
// registry and the store's collections.
public static class TestVerbs
{
    private static readonly Lazy<IServiceProvider> App = new(() =>
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DatabasePath"] = Path.Combine(Path.GetTempPath(), "northpool-verbs", "unused.db") });
        builder.AddNorthPool();
        return builder.Build().Services;
    });

    public static VerbRegistry Registry => App.Value.GetRequiredService<VerbRegistry>();

    public static IReadOnlyList<NorthPool.Storage.StoreCollection> Collections => App.Value.GetServices<NorthPool.Storage.StoreCollection>().ToList();

    public static CommandParser Parser => new(Registry);
}
