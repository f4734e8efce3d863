using Microsoft.Extensions.Options;
using NorthPool.Storage;

namespace NorthPool.Hosting;

// What start-up can get wrong, checked before the host starts: every validated option (IStartupValidator), the
// database file (NorthPoolDb opens it, or refuses), and what the hosted services are built from (the catalog, the
// quota rules, the roles). A problem throws what StartupFailure turns into one line.
public static class StartupChecks
{
    public static void Run(IServiceProvider services)
    {
        services.GetService<IStartupValidator>()?.Validate();
        services.GetRequiredService<NorthPoolDb>();
        _ = services.GetServices<IHostedService>().ToList();
    }
}
