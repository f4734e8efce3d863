namespace NorthPool.Commands;

public static class VerbRegistration
{
    // A feature's verb: its spec and, resolved once from the container, what it does.
    public static IServiceCollection AddVerb(this IServiceCollection services, VerbSpec spec, Func<IServiceProvider, VerbHandler> handler) =>
        services.AddSingleton<IVerb>(sp => new DelegateVerb(spec, () => handler(sp)));
}
