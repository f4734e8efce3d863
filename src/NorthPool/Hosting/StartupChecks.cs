using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using NorthPool.Storage;

namespace NorthPool.Hosting;

// What start-up can get wrong, checked before the host starts: every validated option (IStartupValidator), the
// addresses in Urls (another program listening there), the database file (NorthPoolDb opens it, or refuses), and what
// the hosted services are built from (the catalog, the quota rules, the roles). A problem throws what StartupFailure
// turns into one line; nothing has been scheduled or bound yet.
public static class StartupChecks
{
    public static void Run(IServiceProvider services)
    {
        services.GetService<IStartupValidator>()?.Validate();
        PortsFree(services.GetRequiredService<IConfiguration>()["Urls"]);
        services.GetRequiredService<NorthPoolDb>();
        _ = services.GetServices<IHostedService>().ToList();
    }

    // Binds each fixed port of Urls for a moment, as Kestrel will (address reuse on, so a recent restart's TIME_WAIT
    // connections do not count): a port another program listens on is refused now, in one line.
    private static void PortsFree(string? urls)
    {
        foreach (var url in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parsed = url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(parsed, UriKind.Absolute, out var uri) || uri.Port <= 0)
                continue;
            var address = uri.Host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(uri.Host, out var ip) ? ip : null;
            if (address is null)
                continue;
            using var probe = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            probe.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            try
            {
                probe.Bind(new IPEndPoint(address, uri.Port));
                probe.Listen();
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                throw new ConfigurationProblemException($"Urls {url}: the address is already in use. Another program listens there: stop it, or choose another address with --Urls=http://127.0.0.1:<port>.");
            }
        }
    }
}
