using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using NorthPool.BotFramework.Inbound;
using NorthPool.BotFramework.Outbound;

namespace NorthPool.BotFramework;

public static class BotFrameworkHostingExtensions
{
    // Registers the protocol layer. The app registers its own IActivityHandler.
    public static IHostApplicationBuilder AddBotFramework(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<BotFrameworkOptions>()
            .Bind(builder.Configuration.GetSection(BotFrameworkOptions.Section));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(OpenIdKeySource.HttpClientName);
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName);
        services.TryAddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.AddSingleton<OpenIdKeySource>();
        services.AddSingleton<BotTokenValidator>();
        services.AddSingleton<UserTokenValidator>();
        services.AddSingleton<BotAuthenticator>();
        services.AddSingleton<ServiceUrlTrust>();
        services.AddSingleton<ActivityGuard>();
        services.AddSingleton<ActivityDeduplicator>();
        services.AddMetrics();
        services.AddSingleton<TurnMetrics>();
        services.AddSingleton<TurnRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<TurnRunner>());
        services.AddHostedService<BotFrameworkStartupLog>();

        services.TryAddSingleton<IConnectorTokenProvider>(sp =>
            sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.HasAppId
                ? ActivatorUtilities.CreateInstance<MsalConnectorTokenProvider>(sp)
                : new AnonymousConnectorTokenProvider());
        services.AddTransient<ConnectorAuthHandler>();
        // Retries outside the auth handler, so each attempt gets a current token.
        services.AddHttpClient<ConnectorClient>(http => http.Timeout = TimeSpan.FromSeconds(100))
            .AddConnectorResilience()
            .AddHttpMessageHandler<ConnectorAuthHandler>();
        return builder;
    }
}

internal sealed class BotFrameworkStartupLog(IOptions<BotFrameworkOptions> options, ILogger<BotFrameworkStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var config = options.Value;
        if (!config.HasAppId && config.AllowUnauthenticatedLocalRequests)
            Log.LocalModeOn(logger);
        else if (!config.HasAppId)
            Log.FailClosed(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
